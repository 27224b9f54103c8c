import ProbeEndpoint
import Synchronization

/// A run's `RateLimitBudget`, shared between the requests, which report every attempt as it begins and ends,
/// and the run's loop, which checks it at every answer and on a tick, so a storm stops the run within a tick
/// of the budget even while every request is still waiting out a `Retry-After`.
final class RateLimitWatch: Sendable {
    private struct State {
        var budget: RateLimitBudget
        var retryAfter: Duration?
        /// When the attempts still waiting on the endpoint began, with how many began at each instant.
        var outstanding: [ContinuousClock.Instant: Int] = [:]
    }

    private let state: Mutex<State>

    init(_ budget: RateLimitBudget) {
        state = Mutex(State(budget: budget))
    }

    /// Takes in how a whole request ended.
    func observe(rateLimited: Bool, now: ContinuousClock.Instant = .now) -> RateLimitBudget.Verdict {
        state.withLock { $0.budget.observe(rateLimited: rateLimited, now: now) }
    }

    /// Takes in one attempt's start or end.
    func hear(_ event: AttemptObserver.Event, now: ContinuousClock.Instant = .now) {
        state.withLock { state in
            switch event {
            case .began(let start):
                state.outstanding[start, default: 0] += 1
            case .ended(let start, let rateLimited, let retryAfter):
                if let count = state.outstanding[start], count > 1 {
                    state.outstanding[start] = count - 1
                } else {
                    state.outstanding[start] = nil
                }
                state.retryAfter = retryAfter ?? state.retryAfter
                if let rateLimited { _ = state.budget.observe(rateLimited: rateLimited, now: now) }
            }
        }
    }

    /// Rate-limited for the whole allowance, and no attempt has been waiting on the endpoint all that time
    /// (an answer slower than the allowance is not a storm).
    func isExhausted(now: ContinuousClock.Instant = .now) -> Bool {
        state.withLock { state in
            let working = state.outstanding.keys.min().map { now - $0 >= state.budget.allowance } ?? false
            return state.budget.isExhausted(now: now) && !working
        }
    }

    /// The last wait an attempt was asked for, before its request has ended.
    var lastRetryAfter: Duration? {
        state.withLock { $0.retryAfter }
    }

    var limitedFor: Duration? {
        state.withLock { $0.budget.limitedFor(now: .now) }
    }
}

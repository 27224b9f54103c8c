import Foundation
import ProbeEndpoint

/// A run's `RateLimitBudget`, shared between the requests, which report every attempt as it begins and ends,
/// and the run's loop, which checks it at every answer and on a tick, so a storm stops the run within a tick
/// of the budget even while every request is still waiting out a `Retry-After`.
final class RateLimitWatch: @unchecked Sendable {
    private var budget: RateLimitBudget
    private var retryAfter: Duration?
    /// When the attempts still waiting on the endpoint began, with how many began at each instant.
    private var outstanding: [ContinuousClock.Instant: Int] = [:]
    private let lock = NSLock()

    init(_ budget: RateLimitBudget) {
        self.budget = budget
    }

    /// Takes in how a whole request ended.
    func observe(rateLimited: Bool, now: ContinuousClock.Instant = .now) -> RateLimitBudget.Verdict {
        lock.withLock { budget.observe(rateLimited: rateLimited, now: now) }
    }

    /// Takes in one attempt's start or end.
    func hear(_ event: AttemptObserver.Event, now: ContinuousClock.Instant = .now) {
        lock.withLock {
            switch event {
            case .began(let start):
                outstanding[start, default: 0] += 1
            case .ended(let start, let rateLimited, let retryAfter):
                if let count = outstanding[start], count > 1 {
                    outstanding[start] = count - 1
                } else {
                    outstanding[start] = nil
                }
                self.retryAfter = retryAfter ?? self.retryAfter
                if let rateLimited { _ = budget.observe(rateLimited: rateLimited, now: now) }
            }
        }
    }

    /// Rate-limited for the whole allowance, and no attempt has been waiting on the endpoint all that time
    /// (an answer slower than the allowance is not a storm).
    func isExhausted(now: ContinuousClock.Instant = .now) -> Bool {
        lock.withLock {
            let working = outstanding.keys.min().map { now - $0 >= budget.allowance } ?? false
            return budget.isExhausted(now: now) && !working
        }
    }

    /// The last wait an attempt was asked for, before its request has ended.
    var lastRetryAfter: Duration? {
        lock.withLock { retryAfter }
    }

    var limitedFor: Duration? {
        lock.withLock { budget.limitedFor(now: .now) }
    }
}

import ProbeEndpoint

/// A run's `RateLimitBudget` with what the budget alone cannot know: the attempts still waiting on the
/// endpoint, and the last `Retry-After` one was asked for. Requests report every attempt as it begins and ends
/// (retries included) and the run loop each request as it ends; the loop asks at every answer and on a tick,
/// so a storm stops the run within a tick of the budget even while every request is still waiting out a
/// `Retry-After`.
///
/// Pure: it takes the time it is told. `ProbeLoop` holds it, and the run shares the loop behind a lock.
package struct RateLimitWatch: Sendable {
    private var budget: RateLimitBudget
    /// The last wait an attempt was asked for, before its request has ended.
    package private(set) var lastRetryAfter: Duration?
    /// When the attempts still waiting on the endpoint began, with how many began at each instant.
    private var outstanding: [ContinuousClock.Instant: Int] = [:]

    package init(_ budget: RateLimitBudget) {
        self.budget = budget
    }

    /// Takes in how a whole request ended.
    package mutating func observe(rateLimited: Bool, now: ContinuousClock.Instant) -> RateLimitBudget.Verdict {
        budget.observe(rateLimited: rateLimited, now: now)
    }

    /// Takes in one attempt's start or end.
    package mutating func hear(_ event: AttemptObserver.Event, now: ContinuousClock.Instant) {
        switch event {
        case .began(let start):
            outstanding[start, default: 0] += 1
        case .ended(let start, let rateLimited, let retryAfter):
            if let count = outstanding[start], count > 1 {
                outstanding[start] = count - 1
            } else {
                outstanding[start] = nil
            }
            lastRetryAfter = retryAfter ?? lastRetryAfter
            if let rateLimited { _ = budget.observe(rateLimited: rateLimited, now: now) }
        }
    }

    /// Rate-limited for the whole allowance, and no attempt has been waiting on the endpoint all that time
    /// (an answer slower than the allowance is not a storm).
    package func isExhausted(now: ContinuousClock.Instant) -> Bool {
        let working = outstanding.keys.min().map { now - $0 >= budget.allowance } ?? false
        return budget.isExhausted(now: now) && !working
    }

    /// How long the endpoint has answered nothing but rate limits, for the progress line; nil when it answers.
    package func limitedFor(now: ContinuousClock.Instant) -> Duration? {
        budget.limitedFor(now: now)
    }
}

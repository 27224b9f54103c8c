import Foundation

/// A run's `RateLimitBudget`, shared between the requests, which report every attempt as it ends, and the
/// run's loop, which checks it at every answer and on a tick, so a storm stops the run within a tick of the
/// budget even while every request is still waiting out a `Retry-After`.
final class RateLimitWatch: @unchecked Sendable {
    private var budget: RateLimitBudget
    private var retryAfter: Duration?
    private let lock = NSLock()

    init(_ budget: RateLimitBudget) {
        self.budget = budget
    }

    func observe(rateLimited: Bool, retryAfter: Duration? = nil) -> RateLimitBudget.Verdict {
        lock.withLock {
            self.retryAfter = retryAfter ?? self.retryAfter
            return budget.observe(rateLimited: rateLimited, now: .now)
        }
    }

    /// The last wait an attempt was asked for, before its request has ended.
    var lastRetryAfter: Duration? {
        lock.withLock { retryAfter }
    }

    var isExhausted: Bool {
        lock.withLock { budget.isExhausted(now: .now) }
    }

    var limitedFor: Duration? {
        lock.withLock { budget.limitedFor(now: .now) }
    }
}

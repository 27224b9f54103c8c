/// How many times to try a request and how long to wait in between.
///
/// Pure: the delay depends only on its inputs and the random source, so it can be tested with a seeded one.
package struct RetryPolicy: Sendable, Hashable {
    /// Attempts in total, the first one included; at least 1.
    package var maxAttempts: Int
    /// The backoff ceiling before the first retry; it doubles with each further retry.
    package var baseDelay: Duration
    /// The backoff ceiling never grows past this.
    package var maxDelay: Duration
    /// A server's `Retry-After` is honoured up to this, so a hostile or confused server cannot park a run.
    package var maxRetryAfter: Duration

    package init(
        maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30),
        maxRetryAfter: Duration = .seconds(120)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// Whether another attempt may follow attempt number `attempt` (1-based).
    package func allowsRetry(after attempt: Int) -> Bool {
        attempt < maxAttempts
    }

    /// The wait before the retry that follows attempt number `attempt` (1-based).
    ///
    /// A server-sent `retryAfter` wins (capped at `maxRetryAfter`); otherwise exponential backoff with full
    /// jitter: uniform in `0...min(maxDelay, baseDelay · 2^(attempt-1))`, which spreads concurrent clients
    /// that failed together.
    package func delay(
        after attempt: Int, retryAfter: Duration? = nil, using random: inout some RandomNumberGenerator
    ) -> Duration {
        if let retryAfter {
            return min(max(retryAfter, .zero), maxRetryAfter)
        }
        return .nanoseconds(Int64.random(in: 0...max(0, ceiling(after: attempt).wholeNanoseconds), using: &random))
    }

    /// The upper bound of the jittered backoff after attempt number `attempt`.
    package func ceiling(after attempt: Int) -> Duration {
        // Doubling stops once past maxDelay, which also keeps the shift far from overflow.
        var ceiling = baseDelay
        for _ in 1..<max(1, attempt) where ceiling < maxDelay {
            ceiling *= 2
        }
        return min(ceiling, maxDelay)
    }
}

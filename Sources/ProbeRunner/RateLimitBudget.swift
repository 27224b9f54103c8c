import ProbeJournal

/// How long a run keeps going while the endpoint answers nothing but 429 and 503.
///
/// Retries already wait out each rate limit (capped Retry-After, halved concurrency); this is the run-level
/// limit above them: once every request for `allowance` has ended rate-limited, the run stops as
/// `rate_limited` instead of grinding on for days. Pure: it takes the time it is told.
package struct RateLimitBudget: Sendable {
    package enum Verdict: Sendable, Equatable {
        /// The endpoint answered (or failed for another reason): the storm, if any, is over.
        case answered
        /// Rate-limited, still within the allowance.
        case waiting
        /// Rate-limited for the whole allowance: stop.
        case exhausted
    }

    package let allowance: Duration
    /// When the endpoint last gave anything but a rate limit (the run's start, at first).
    package private(set) var lastAnswer: ContinuousClock.Instant
    /// Whether the requests since `lastAnswer` all ended rate-limited.
    package private(set) var isLimited = false

    package init(allowance: Duration, start: ContinuousClock.Instant) {
        self.allowance = allowance
        lastAnswer = start
    }

    /// Takes in how one request ended.
    package mutating func observe(rateLimited: Bool, now: ContinuousClock.Instant) -> Verdict {
        guard rateLimited else {
            lastAnswer = now
            isLimited = false
            return .answered
        }
        isLimited = true
        return now - lastAnswer >= allowance ? .exhausted : .waiting
    }

    /// Whether the endpoint has answered nothing but rate limits for the whole allowance by `now`.
    package func isExhausted(now: ContinuousClock.Instant) -> Bool {
        isLimited && now - lastAnswer >= allowance
    }

    /// How long the endpoint has answered nothing but rate limits, for the progress line; nil when it answers.
    package func limitedFor(now: ContinuousClock.Instant) -> Duration? {
        isLimited ? now - lastAnswer : nil
    }
}

extension RateLimitBudget {
    /// The manifest's and the terminal's account of a stop: `the endpoint answered only 429/503 for 10 min
    /// (last Retry-After: 99999 s)`.
    package static func stopReason(allowance: Duration, lastRetryAfter: Duration?) -> String {
        let retryAfter = lastRetryAfter.map { "last Retry-After: \(RunProgress.seconds($0)) s" } ?? "no Retry-After sent"
        return "the endpoint answered only 429/503 for \(RunProgress.seconds(allowance)) s (\(retryAfter))"
    }
}

extension JournalRecord {
    /// Ended on "not now" from the server: 429 Too Many Requests or 503 Service Unavailable.
    package var isRateLimited: Bool {
        outcome == .error && (httpStatus == 429 || httpStatus == 503)
    }
}

import ProbeEndpoint

/// A run's in-flight limit: halved when the server rate-limits, raised by one after every `successesPerStep`
/// answers that met no rate limit, always between 1 and `maximum` (additive increase, multiplicative decrease).
///
/// Pure, so its rules are tested without a server. A burst of 429s from requests sent under the same limit
/// counts once: each decrease starts a new generation, and only a request started in the current generation
/// can lower the limit again.
package struct AdaptiveConcurrency: Sendable, Hashable {
    /// What one finished request says about the server's capacity.
    package enum Signal: Sendable, Hashable {
        /// At least one attempt was answered 429.
        case rateLimited
        /// Answered without a rate limit.
        case answered
        /// Failed for another reason, which says nothing about capacity.
        case failed
    }

    /// The configured concurrency; the limit never rises above it.
    package let maximum: Int
    /// Answers in a row, without a rate limit, that raise the limit by one.
    package let successesPerStep: Int
    package private(set) var limit: Int
    /// Counts decreases; a request notes the generation it started in.
    package private(set) var generation = 0
    private var successes = 0

    package init(maximum: Int, successesPerStep: Int = 10) {
        self.maximum = max(1, maximum)
        self.successesPerStep = max(1, successesPerStep)
        limit = self.maximum
    }

    /// Takes in what a request that started in generation `started` showed.
    package mutating func record(_ signal: Signal, startedIn started: Int) {
        switch signal {
        case .rateLimited:
            successes = 0
            guard started == generation, limit > 1 else { return }
            limit = max(1, limit / 2)
            generation += 1
        case .answered:
            successes += 1
            guard successes >= successesPerStep, limit < maximum else { return }
            limit += 1
            successes = 0
        case .failed:
            break
        }
    }
}

extension AdaptiveConcurrency.Signal {
    /// The signal in a finished exchange.
    package init(_ exchange: ChatExchange) {
        if exchange.rateLimitedAttempts > 0 {
            self = .rateLimited
        } else {
            self = exchange.failure == nil ? .answered : .failed
        }
    }
}

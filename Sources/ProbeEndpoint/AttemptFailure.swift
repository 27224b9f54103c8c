import ProbeCore

/// Why one attempt failed, and whether the next attempt could fare better.
package struct AttemptFailure: Error, Sendable {
    package var failure: EndpointFailure
    /// The status of the response head, when one arrived.
    package var status: Int?
    /// Rate limits, overload, timeouts and dropped connections are transient; the rest would fail again.
    package var isRetryable: Bool
    /// The wait the server asked for.
    package var retryAfter: Duration?

    package init(
        _ kind: EndpointErrorKind, _ message: String, status: Int? = nil, isRetryable: Bool = false,
        retryAfter: Duration? = nil
    ) {
        failure = EndpointFailure(kind, message)
        self.status = status
        self.isRetryable = isRetryable
        self.retryAfter = retryAfter
    }

    /// The run was stopped; never retried.
    package static let cancelled = AttemptFailure(.cancelled, "stopped before the request finished")

    /// Statuses that mean "not now" rather than "not this".
    package static let retryableStatuses: Set<Int> = [408, 429, 500, 502, 503, 504]
}

extension EndpointFailure {
    /// The failure with the secrets masked: servers echo keys back in error bodies.
    package func redacted(by redactor: SecretRedactor) -> EndpointFailure {
        EndpointFailure(kind, redactor.redact(message))
    }
}

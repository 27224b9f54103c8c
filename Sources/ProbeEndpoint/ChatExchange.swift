import ProbeCore

/// What came back for one request after every attempt: a decoded completion or the last failure.
package struct ChatExchange: Sendable {
    package var result: Result<ChatCompletion, EndpointFailure>
    /// HTTP status of the last attempt that got a response head.
    package var httpStatus: Int?
    package var attempts: Int
    /// Attempts the server answered with 429, even when a later one succeeded: the run's signal to slow down.
    package var rateLimitedAttempts: Int
    /// The last wait a server asked for (`Retry-After`), over all attempts.
    package var retryAfter: Duration?
    package var latencyMS: Int
    /// The base URL that served the last attempt, when a transport spreads requests over several.
    package var endpoint: String?

    package init(
        result: Result<ChatCompletion, EndpointFailure>, httpStatus: Int? = nil,
        attempts: Int, rateLimitedAttempts: Int = 0, retryAfter: Duration? = nil, latencyMS: Int, endpoint: String? = nil
    ) {
        self.result = result
        self.httpStatus = httpStatus
        self.attempts = attempts
        self.rateLimitedAttempts = rateLimitedAttempts
        self.retryAfter = retryAfter
        self.latencyMS = latencyMS
        self.endpoint = endpoint
    }
}

extension ChatExchange {
    /// An exchange that ended in `completion`.
    package init(
        completion: ChatCompletion, httpStatus: Int? = nil, attempts: Int, rateLimitedAttempts: Int = 0,
        retryAfter: Duration? = nil, latencyMS: Int, endpoint: String? = nil
    ) {
        self.init(result: .success(completion), httpStatus: httpStatus, attempts: attempts,
                  rateLimitedAttempts: rateLimitedAttempts, retryAfter: retryAfter, latencyMS: latencyMS, endpoint: endpoint)
    }

    /// An exchange that ended in `failure`.
    package init(
        failure: EndpointFailure, httpStatus: Int? = nil, attempts: Int, rateLimitedAttempts: Int = 0,
        retryAfter: Duration? = nil, latencyMS: Int, endpoint: String? = nil
    ) {
        self.init(result: .failure(failure), httpStatus: httpStatus, attempts: attempts,
                  rateLimitedAttempts: rateLimitedAttempts, retryAfter: retryAfter, latencyMS: latencyMS, endpoint: endpoint)
    }

    /// The completion, when the exchange succeeded.
    package var completion: ChatCompletion? { try? result.get() }

    /// The last failure, when it did not.
    package var failure: EndpointFailure? {
        if case .failure(let failure) = result { failure } else { nil }
    }
}

/// The fields of a chat completion the harness uses.
package struct ChatCompletion: Sendable, Hashable {
    /// `choices[0].message.content`, which may still hold a `<think>` block.
    package var content: String?
    /// `reasoning_content` or `reasoning`, for servers that split the trace out.
    package var reasoning: String?
    package var finishReason: String?
    /// The model the server says answered.
    package var model: String?
    package var usage: TokenUsage?
    /// What was done to read text the server did not encode properly, one line per field
    /// ("content: 2 lone surrogate escapes kept as U+FFFD"); empty for a well-formed body.
    package var repairs: [String]

    package init(
        content: String?, reasoning: String? = nil, finishReason: String? = nil, model: String? = nil,
        usage: TokenUsage? = nil, repairs: [String] = []
    ) {
        self.content = content
        self.reasoning = reasoning
        self.finishReason = finishReason
        self.model = model
        self.usage = usage
        self.repairs = repairs
    }
}

/// A failure with a stable kind, mapped from HTTP statuses and transport errors.
package struct EndpointFailure: Error, Sendable, Hashable, CustomStringConvertible {
    package var kind: EndpointErrorKind
    package var message: String

    package init(_ kind: EndpointErrorKind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    package var description: String { "\(kind.rawValue): \(message)" }
}


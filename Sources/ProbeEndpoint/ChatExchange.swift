import ProbeCore

/// What came back for one request after every attempt: a decoded completion or the last failure.
public struct ChatExchange: Sendable {
    public var completion: ChatCompletion?
    public var failure: EndpointFailure?
    /// HTTP status of the last attempt that got a response head.
    public var httpStatus: Int?
    public var attempts: Int
    /// Attempts the server answered with 429, even when a later one succeeded: the run's signal to slow down.
    public var rateLimitedAttempts: Int
    /// The last wait a server asked for (`Retry-After`), over all attempts.
    public var retryAfter: Duration?
    public var latencyMS: Int
    /// The base URL that served the last attempt, when a transport spreads requests over several.
    public var endpoint: String?

    public init(
        completion: ChatCompletion? = nil, failure: EndpointFailure? = nil, httpStatus: Int? = nil,
        attempts: Int, rateLimitedAttempts: Int = 0, retryAfter: Duration? = nil, latencyMS: Int, endpoint: String? = nil
    ) {
        self.completion = completion
        self.failure = failure
        self.httpStatus = httpStatus
        self.attempts = attempts
        self.rateLimitedAttempts = rateLimitedAttempts
        self.retryAfter = retryAfter
        self.latencyMS = latencyMS
        self.endpoint = endpoint
    }
}

/// The fields of a chat completion the harness uses.
public struct ChatCompletion: Sendable, Hashable {
    /// `choices[0].message.content`, which may still hold a `<think>` block.
    public var content: String?
    /// `reasoning_content` or `reasoning`, for servers that split the trace out.
    public var reasoning: String?
    public var finishReason: String?
    /// The model the server says answered.
    public var model: String?
    public var usage: TokenUsage?

    public init(
        content: String?, reasoning: String? = nil, finishReason: String? = nil, model: String? = nil,
        usage: TokenUsage? = nil
    ) {
        self.content = content
        self.reasoning = reasoning
        self.finishReason = finishReason
        self.model = model
        self.usage = usage
    }
}

/// A failure with a stable kind, mapped from HTTP statuses and transport errors.
public struct EndpointFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var kind: EndpointErrorKind
    public var message: String

    public init(_ kind: EndpointErrorKind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}

/// The journal's error kinds. Raw values are written to disk and are a contract.
public enum EndpointErrorKind: String, Sendable, Codable, CaseIterable {
    /// A non-success HTTP status after the last attempt.
    case httpStatus = "http_status"
    /// The provider refused on policy grounds (HTTP 400 data_inspection_failed, content policy).
    case policy
    /// No response head, or the body did not finish, within the deadline.
    case timeout
    /// Refused, reset or closed connection.
    case connection
    /// The body was not the JSON of a chat completion (HTML page, invalid JSON, no choices).
    case decode
    /// The body exceeded the response size cap.
    case tooLarge = "too_large"
    /// The body was not valid UTF-8.
    case invalidUTF8 = "invalid_utf8"
    /// The run was stopped before the request finished.
    case cancelled
}

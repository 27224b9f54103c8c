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

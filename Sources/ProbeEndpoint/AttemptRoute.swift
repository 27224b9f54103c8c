import ProbeCore

/// Where each attempt of a request goes: one endpoint, or the replica a pool picks.
package protocol AttemptRoute: Sendable {
    /// Makes one attempt, on another replica than `previous` when a healthy one is free.
    func attempt(_ request: ChatRequest, avoiding previous: Int?) async -> RoutedAttempt
}

/// One attempt and what the retry loop needs to know about where it went.
package struct RoutedAttempt: Sendable {
    var result: AttemptResult
    /// The replica that made the attempt, for the next one to avoid.
    var replica: Int
    /// Masks the secrets of the endpoint that answered in what is kept of the answer.
    var redactor: SecretRedactor
    /// The base URL to name in the exchange; nil where there is only one.
    var endpoint: String?
    /// The attempt benched its replica and another can take the retry without waiting.
    var failOver: Bool

    package init(result: AttemptResult, replica: Int, redactor: SecretRedactor, endpoint: String?, failOver: Bool) {
        self.result = result
        self.replica = replica
        self.redactor = redactor
        self.endpoint = endpoint
        self.failOver = failOver
    }
}

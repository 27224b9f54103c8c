/// One attempt at one endpoint, never retried: the seam a wire protocol implements (`OpenAIChatClient` today;
/// streaming or a non-OpenAI API tomorrow). `RetryingTransport` adds retries on top, `ReplicaPool` spreads
/// attempts over several of them, and `Preflight` asks them what they serve.
package protocol ChatAttempting: AttemptRoute {
    var configuration: EndpointConfiguration { get }

    /// Sends `request` once and judges what came back.
    func attemptOnce(_ request: ChatRequest) async -> AttemptResult

    /// The model ids the endpoint lists; one attempt, no retries: a preflight should report a dead endpoint at once.
    func listModels() async throws(EndpointFailure) -> [String]
}

/// A decoded completion with the status that carried it, or why the attempt failed.
package typealias AttemptResult = Result<(completion: ChatCompletion, status: Int), AttemptFailure>

extension ChatAttempting {
    /// A lone endpoint routes every attempt to itself, and a retry waits for it.
    package func attempt(_ request: ChatRequest, avoiding previous: Int?) async -> RoutedAttempt {
        RoutedAttempt(
            result: await attemptOnce(request), replica: 0, redactor: configuration.redactor, endpoint: nil, failOver: false)
    }
}

import AsyncHTTPClient

/// Talks to one OpenAI-compatible endpoint over a run's shared `HTTPClient`.
///
/// The caller owns the `HTTPClient` (build it with `HTTPClient.Configuration.speechProbe(concurrency:)`) and
/// shuts it down after the run; many clients, one per target, may share it. `complete` retries through
/// `RetryingTransport`; `attemptOnce` is the single attempt under it.
package struct OpenAIChatClient: ChatTransport, ChatAttempting {
    package let configuration: EndpointConfiguration
    let httpClient: HTTPClient
    /// The chat completions request without its body: its URL parsed and headers built once per client
    /// rather than once per prompt (parsing the URL alone was 2% of a fast run's CPU).
    let completionRequest: Result<HTTPClient.Request, AttemptFailure>
    /// Cuts off an attempt once `configuration.timeout` has passed. Tests pass one they end themselves.
    let deadline: AttemptDeadline

    package init(configuration: EndpointConfiguration, httpClient: HTTPClient, deadline: AttemptDeadline = .eventLoop) {
        self.configuration = configuration
        self.httpClient = httpClient
        self.deadline = deadline
        self.completionRequest = Self.makeRequest(
            url: configuration.chatCompletionsURL, method: .POST, carriesJSON: true, configuration: configuration)
    }

    package func complete(_ request: ChatRequest) async -> ChatExchange {
        await RetryingTransport(retry: configuration.retry, route: self).complete(request)
    }
}

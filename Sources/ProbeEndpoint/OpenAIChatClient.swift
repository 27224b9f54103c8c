import AsyncHTTPClient

/// Talks to one OpenAI-compatible endpoint over a run's shared `HTTPClient`.
///
/// The caller owns the `HTTPClient` (build it with `HTTPClient.Configuration.speechProbe(concurrency:)`) and
/// shuts it down after the run; many clients, one per target, may share it. `complete` retries through
/// `RetryingTransport`; `attemptOnce` is the single attempt under it.
public struct OpenAIChatClient: ChatTransport, ChatAttempting {
    public let configuration: EndpointConfiguration
    let httpClient: HTTPClient

    public init(configuration: EndpointConfiguration, httpClient: HTTPClient) {
        self.configuration = configuration
        self.httpClient = httpClient
    }

    public func complete(_ request: ChatRequest) async -> ChatExchange {
        await RetryingTransport(retry: configuration.retry, route: self).complete(request)
    }
}

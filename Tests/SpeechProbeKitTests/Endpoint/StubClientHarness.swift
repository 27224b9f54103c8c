import AsyncHTTPClient
@testable import ProbeEndpoint
@testable import ProbeTraining
import SpeechProbeTesting

/// A client wired to a fresh stub server, with test-sized timeouts and backoff.
enum StubClientHarness {
    static let apiKey = "sk-test-SECRET-4711"

    static let fastRetry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(40))

    static func request(_ prompt: String = "hello", model: String = "stub-model", seed: Int? = nil) -> ChatRequest {
        ChatRequest(model: model, messages: [.system("Be brief."), .user(prompt)], temperature: 0, maxTokens: 64, seed: seed)
    }

    /// Runs `body` with a client for `script`; `configure` adjusts the endpoint configuration first.
    static func run<Result>(
        _ script: StubScript, configure: (inout EndpointConfiguration) -> Void = { _ in },
        _ body: (OpenAIChatClient, StubOpenAIServer) async throws -> Result
    ) async throws -> Result {
        try await StubOpenAIServer.withRunning(script) { baseURL, server in
            try await withClient(baseURL: baseURL, configure: configure) { client in
                try await body(client, server)
            }
        }
    }

    /// A client for `baseURL` on its own `HTTPClient`, shut down afterwards.
    static func withClient<Result>(
        baseURL: String, configure: (inout EndpointConfiguration) -> Void = { _ in },
        _ body: (OpenAIChatClient) async throws -> Result
    ) async throws -> Result {
        var configuration = EndpointConfiguration(
            baseURL: baseURL, apiKey: apiKey, timeout: .seconds(5), retry: fastRetry)
        configure(&configuration)
        let endpoint = configuration
        return try await HTTPClient.withHTTPClient(configuration: .speechProbe(concurrency: 4)) { http in
            try await body(OpenAIChatClient(configuration: endpoint, httpClient: http))
        }
    }

    /// A base URL on 127.0.0.1 where nothing listens any more.
    static func closedPortURL() async throws -> String {
        try await StubOpenAIServer.withRunning(.always(.answer("unused"))) { baseURL, _ in baseURL }
    }
}

import AsyncHTTPClient
import ProbeEndpoint

extension JudgeClassifier {
    /// Runs `body` with a judge talking to `endpoint` over its own HTTP client, shut down afterwards.
    /// `concurrency` sizes the connection pool: the judge calls a caller makes at once.
    package static func withEndpoint<Result>(
        _ endpoint: EndpointConfiguration, configuration: Configuration, fallback: any ResponseClassifier,
        concurrency: Int, _ body: (JudgeClassifier) async throws -> Result
    ) async throws -> Result {
        try Preflight.checkURL(endpoint.baseURL)
        return try await HTTPClient.withHTTPClient(configuration: .speechProbe(concurrency: concurrency)) { client in
            let transport = OpenAIChatClient(configuration: endpoint, httpClient: client)
            return try await body(JudgeClassifier(transport: transport, configuration: configuration, fallback: fallback))
        }
    }
}

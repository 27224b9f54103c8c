import AsyncHTTPClient

/// A run against a real OpenAI-compatible endpoint: one HTTP client for the whole run, a preflight
/// check, then the run itself. The client is shut down after the task group drains.
public struct EndpointRun: Sendable {
    public var configuration: RunConfiguration
    public var endpoint: EndpointConfiguration
    public var suites: SuiteSet
    public var classifier: any ResponseClassifier
    /// Refuse to start when the server does not list the model.
    public var checkModel: Bool

    public init(
        configuration: RunConfiguration, endpoint: EndpointConfiguration, suites: SuiteSet,
        classifier: any ResponseClassifier, checkModel: Bool = true
    ) {
        self.configuration = configuration
        self.endpoint = endpoint
        self.suites = suites
        self.classifier = classifier
        self.checkModel = checkModel
    }

    public func execute(progress: ((RunProgress) -> Void)? = nil) async throws -> RunManifest {
        try Preflight.checkURL(endpoint.baseURL)
        let http = HTTPClient.Configuration.speechProbe(concurrency: configuration.concurrency)
        return try await HTTPClient.withHTTPClient(configuration: http) { client in
            let chat = OpenAIChatClient(configuration: endpoint, httpClient: client)
            let served = try await Preflight.checkModel(configuration.model, at: chat, required: checkModel)
            let run = ProbeRun(
                configuration: configuration, suites: suites, transport: chat, classifier: classifier,
                servedModels: served, localModel: LocalModelInfo.read(for: endpoint.baseURL))
            return try await run.execute(progress: progress)
        }
    }
}

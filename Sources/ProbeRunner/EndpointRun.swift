import AsyncHTTPClient
import ProbeSuites
import ProbeEndpoint
import ProbeJournal
import ProbeClassifier

/// A run against a real OpenAI-compatible endpoint: one HTTP client for the whole run, a preflight
/// check, then the run itself. The client is shut down after the task group drains.
package struct EndpointRun: Sendable {
    package var configuration: RunConfiguration
    package var endpoint: EndpointConfiguration
    package var suites: SuiteSet
    package var classifier: any ResponseClassifier
    /// Refuse to start when the server does not list the model.
    package var checkModel: Bool
    /// What the caller knows of a server it started itself (the command line reads what `scripts/local-model` wrote), for the manifest.
    package var localModel: [String: String]?

    package init(
        configuration: RunConfiguration, endpoint: EndpointConfiguration, suites: SuiteSet,
        classifier: any ResponseClassifier, checkModel: Bool = true, localModel: [String: String]? = nil
    ) {
        self.configuration = configuration
        self.endpoint = endpoint
        self.suites = suites
        self.classifier = classifier
        self.checkModel = checkModel
        self.localModel = localModel
    }

    /// - Parameter warning: Called with problems the run goes on despite, such as a replica down at the start.
    package func execute(
        progress: ((RunProgress) -> Void)? = nil, warning: @escaping (String) -> Void = { _ in }
    ) async throws -> RunManifest {
        let endpoints = [endpoint] + configuration.replicas.map(endpoint.replica(at:))
        for endpoint in endpoints { try Preflight.checkURL(endpoint.baseURL) }
        let http = HTTPClient.Configuration.speechProbe(concurrency: configuration.concurrency)
        return try await HTTPClient.withHTTPClient(configuration: http) { client in
            let (transport, served) = try await connect(endpoints, over: client, warning: warning)
            let run = ProbeRun(
                configuration: configuration, suites: suites, transport: transport, classifier: classifier,
                servedModels: served, localModel: localModel)
            return try await run.execute(progress: progress)
        }
    }

    /// The transport for the run, after the preflight: a plain client, or a pool for replicas.
    private func connect(
        _ endpoints: [EndpointConfiguration], over client: HTTPClient, warning: (String) -> Void
    ) async throws -> (any ChatTransport, served: [String]?) {
        guard endpoints.count > 1 else {
            let chat = OpenAIChatClient(configuration: endpoint, httpClient: client)
            return (chat, try await Preflight.checkModel(configuration.model, at: chat, required: checkModel))
        }
        let pool = ReplicaPool(endpoints: endpoints, httpClient: client)
        let served = try await Preflight.checkReplicas(
            configuration.model, at: pool.replicas, required: checkModel, warning: warning)
        return (pool, served)
    }
}

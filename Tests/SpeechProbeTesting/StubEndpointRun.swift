import SpeechProbeKit

/// A short run through `EndpointRun` over real HTTP against a stub playing one behaviour, or against a closed
/// port: the fault matrix's harness, and the whole-run check of tests that start from one endpoint answer.
package enum StubEndpointRun {
    /// The prompts a run asks: `p0`, `p1`, `p2`, all at once.
    package static let prompts = 3

    /// Runs `body` against a stub playing `behaviour`, or against a closed port when it is nil.
    package static func withEndpoint<Result>(
        _ behaviour: StubBehaviour?, _ body: (String, StubOpenAIServer?) async throws -> Result
    ) async throws -> Result {
        guard let behaviour else {
            return try await body(try StubClientHarness.closedPortURL(), nil)
        }
        return try await StubOpenAIServer.withRunning(.always(behaviour), models: [CLIRunFixture.model]) { baseURL, server in
            try await body(baseURL, server)
        }
    }

    /// A three-prompt run with a 1 MB response cap and fast retries, two attempts at most.
    package static func run(
        at baseURL: String, into directory: RunDirectory, timeout: Duration, checkModel: Bool
    ) async throws -> RunManifest {
        let configuration = RunConfiguration(directory: directory, model: CLIRunFixture.model, endpoint: baseURL,
                                             concurrency: prompts)
        let endpoint = EndpointConfiguration(
            baseURL: baseURL, timeout: timeout,
            retry: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(10), maxDelay: .milliseconds(20)),
            maxResponseBytes: 1 << 20)
        return try await EndpointRun(configuration: configuration, endpoint: endpoint, suites: RecordFixtures.suites(prompts),
                                     classifier: RuleClassifier(), checkModel: checkModel).execute()
    }
}

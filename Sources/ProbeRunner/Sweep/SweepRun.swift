import Foundation
import ProbeCore
import ProbeSuites
import ProbeEndpoint
import ProbeJournal
import ProbeClassifier

/// Runs every target of a sweep file at once, each within its own concurrency and into its own run folder
/// `OUT/<name>/`, through the same `EndpointRun` as `speechprobe run`. A target that fails (unreachable,
/// unknown model) ends with a reason; the others go on. Running it again resumes every folder.
package struct SweepRun: Sendable {
    package var file: SweepFile
    package var suites: SuiteSet
    package var out: String
    package var shard: Shard?
    package var classifier: any ResponseClassifier

    package init(file: SweepFile, suites: SuiteSet, out: String, shard: Shard? = nil, classifier: any ResponseClassifier) {
        self.file = file
        self.suites = suites
        self.out = out
        self.shard = shard
        self.classifier = classifier
    }

    /// How one target ended: its manifest, or why it has none.
    package struct TargetResult: Sendable {
        package var name: String
        package var directory: RunDirectory
        package var manifest: RunManifest?
        package var failure: String?

        /// Whether the target asked everything it had to.
        package var isComplete: Bool { manifest?.status == .complete }

        /// Whether an interrupt stopped it: resumable, not a failure.
        package var wasInterrupted: Bool { failure == nil && manifest?.status == .interrupted }

        /// Why it did not complete, when it failed (nil when complete or interrupted).
        package var failureReason: String? {
            guard !isComplete, !wasInterrupted else { return nil }
            return failure ?? manifest?.stopReason ?? "not complete"
        }
    }

    package func directory(of target: SweepTarget) -> RunDirectory {
        RunDirectory(URL(fileURLWithPath: out).appendingPathComponent(target.name).path)
    }

    /// The prompt × sample pairs each target asks (in this shard), counted without asking anything.
    package var plannedPerTarget: Int {
        let pending = PendingWork(suites: suites.suites, target: "", samples: file.samples, done: [], shard: shard)
        return pending.reduce(0) { count, _ in count + 1 }
    }

    /// The endpoints of every target, keys taken from the environment: fails before anything is asked when a
    /// variable is missing, naming file, line and variable, never a value.
    package func endpoints(
        environment: [String: String]
    ) throws(SuiteValidationError) -> [String: EndpointConfiguration] {
        var endpoints: [String: EndpointConfiguration] = [:]
        var errors: [SuiteError] = []
        for (index, target) in file.targets.enumerated() {
            var key: String?
            if let name = target.apiKeyEnv {
                do {
                    key = try APIKey.fromEnvironment(name, environment: environment)
                } catch {
                    errors.append(SuiteError(file: file.path, line: target.line, field: "targets[\(index)].api_key_env",
                                             message: error.description))
                }
            }
            endpoints[target.name] = EndpointConfiguration(
                baseURL: target.endpoints[0], apiKey: key, timeout: .milliseconds(Int(target.timeout * 1000)),
                retry: RetryPolicy(maxAttempts: target.maxAttempts))
        }
        guard errors.isEmpty else { throw SuiteValidationError(errors: errors) }
        return endpoints
    }

    /// Runs every target to its end; never throws for one target's failure.
    ///
    /// - Parameter localModel: What the caller knows of a server it started itself, by base URL
    ///   (the command line reads what `scripts/local-model` wrote), for the manifests.
    package func execute(
        endpoints: [String: EndpointConfiguration],
        localModel: @escaping @Sendable (String) -> [String: String]? = { _ in nil },
        progress: @escaping @Sendable (String, RunProgress) -> Void = { _, _ in },
        warning: @escaping @Sendable (String) -> Void = { _ in }
    ) async -> [TargetResult] {
        await withTaskGroup(of: TargetResult.self) { group in
            for target in file.targets {
                guard let endpoint = endpoints[target.name] else { continue }
                group.addTask {
                    await run(target, endpoint: endpoint, localModel: localModel(target.endpoints[0]), progress: progress,
                              warning: warning)
                }
            }
            var results: [TargetResult] = []
            for await result in group { results.append(result) }
            // In the file's order, not the order they finished in.
            return file.targets.compactMap { target in results.first { $0.name == target.name } }
        }
    }

    /// The name a target's records carry: its own name, so targets of one model stay apart. A folder begun
    /// before sweeps named their targets carries the model instead; it keeps it, so that sweep resumes
    /// without asking anything again.
    private func journalName(of target: SweepTarget, in directory: RunDirectory) -> String {
        let existing = (try? RunManifest.read(from: directory))?.targets.first
        return existing?.name == target.model ? target.model : target.name
    }

    private func run(
        _ target: SweepTarget, endpoint: EndpointConfiguration, localModel: [String: String]?,
        progress: @escaping @Sendable (String, RunProgress) -> Void, warning: @escaping @Sendable (String) -> Void
    ) async -> TargetResult {
        let directory = directory(of: target)
        var configuration = RunConfiguration(
            directory: directory, model: target.model, endpoint: target.endpoints[0], temperature: target.temperature,
            maxTokens: target.maxTokens, seed: target.seed, systemPrompt: target.systemPrompt, samples: file.samples,
            concurrency: target.concurrency, replicas: Array(target.endpoints.dropFirst()),
            target: journalName(of: target, in: directory))
        configuration.shard = shard
        let run = EndpointRun(configuration: configuration, endpoint: endpoint, suites: suites, classifier: classifier,
                              localModel: localModel)
        do {
            let manifest = try await run.execute(progress: { progress(target.name, $0) }) { warning("\(target.name): \($0)") }
            return TargetResult(name: target.name, directory: directory, manifest: manifest)
        } catch {
            // Errors of the client and preflight are already redacted; an interrupted run keeps its manifest.
            let manifest = try? RunManifest.read(from: directory)
            return TargetResult(name: target.name, directory: directory, manifest: manifest,
                                failure: String(describing: error).terminalSafe(keepingLineBreaks: false))
        }
    }
}

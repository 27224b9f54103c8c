import ArgumentParser
import Foundation
import SpeechProbeKit

/// `--judge URL --judge-model M [--judge-api-key-env VAR] [--cascade T] [--timeout S]`, shared by the
/// commands that can ask an LLM judge (`classify`, `eval`).
struct JudgeOptions: ParsableArguments {
    @Option(help: "Base URL of an OpenAI-compatible API to use as judge, e.g. http://127.0.0.1:8080/v1.")
    var judge: String?

    @Option(help: "The judge's model name.")
    var judgeModel: String?

    @Option(help: "Environment variable that holds the judge's API key.")
    var judgeApiKeyEnv: String?

    @Option(help: "Ask the judge only when the offline confidence is below this (0 to 1); needs --judge.")
    var cascade: Double?

    @Option(help: "Seconds allowed for one judge request.")
    var timeout = 120.0

    func validate() throws {
        try FlagRange.check(timeout, FlagRange.timeoutSeconds, flag: "--timeout", unit: " seconds")
        guard (judge == nil) == (judgeModel == nil) else {
            throw ValidationError("--judge and --judge-model go together")
        }
        if let cascade {
            guard judge != nil else { throw ValidationError("--cascade needs --judge") }
            try FlagRange.check(cascade, 0...1, flag: "--cascade")
        }
        guard judgeApiKeyEnv == nil || judge != nil else { throw ValidationError("--judge-api-key-env needs --judge") }
    }

    /// Runs `body` with the judge (or the cascade in front of it) when `--judge` is given, else with `offline`.
    func withClassifier<Result>(
        offline: any SynchronousClassifier, concurrency: Int, _ body: (any ResponseClassifier) async throws -> Result
    ) async throws -> Result {
        guard let judge, let judgeModel else { return try await body(offline) }
        let endpoint = EndpointConfiguration(
            baseURL: judge, apiKey: try resolveAPIKey(environment: judgeApiKeyEnv), timeout: .milliseconds(Int(timeout * 1000)))
        return try await JudgeClassifier.withEndpoint(
            endpoint, configuration: .init(model: judgeModel), fallback: offline, concurrency: concurrency
        ) { judgeClassifier in
            let classifier: any ResponseClassifier = cascade.map {
                CascadeClassifier(offline: offline, judge: judgeClassifier, threshold: $0)
            } ?? judgeClassifier
            return try await body(classifier)
        }
    }
}

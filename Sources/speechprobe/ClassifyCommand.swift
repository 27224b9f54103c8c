import ArgumentParser
import Foundation
import SpeechProbeKit

extension SpeechProbe {
    struct Classify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-label a run's answers offline or with an LLM judge, without asking the probed model again.",
            discussion: """
                Rewrites RUN/responses.jsonl in place (atomically) and updates the manifest's counts. With --judge, \
                every answer goes to the judge; add --cascade T to ask it only when the offline confidence is \
                below T. Each record names the classifier that decided and keeps the judge's raw output.
                """)

        @Argument(help: "The run folder holding responses.jsonl.")
        var run: String

        @OptionGroup var classifierOptions: ClassifierOptions

        @Option(help: "Base URL of an OpenAI-compatible API to use as judge, e.g. http://127.0.0.1:8080/v1.")
        var judge: String?

        @Option(help: "The judge's model name.")
        var judgeModel: String?

        @Option(help: "Environment variable that holds the judge's API key.")
        var judgeApiKeyEnv: String?

        @Option(help: "Ask the judge only when the offline confidence is below this (0 to 1); needs --judge.")
        var cascade: Double?

        @Option(help: "Judge requests in flight at once.")
        var concurrency = 8

        @Option(help: "Seconds allowed for one judge request.")
        var timeout = 120.0

        func validate() throws {
            guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
            guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
            guard (judge == nil) == (judgeModel == nil) else {
                throw ValidationError("--judge and --judge-model go together")
            }
            if let cascade {
                guard judge != nil else { throw ValidationError("--cascade needs --judge") }
                guard (0...1).contains(cascade) else { throw ValidationError("--cascade must be between 0 and 1") }
            }
            guard judgeApiKeyEnv == nil || judge != nil else { throw ValidationError("--judge-api-key-env needs --judge") }
        }

        func run() async throws {
            try await withCleanErrors {
                let directory = RunDirectory(run)
                let offline = try classifierOptions.make()
                let summary: Reclassify.Summary
                if let judge, let judgeModel {
                    let endpoint = EndpointConfiguration(
                        baseURL: judge, apiKey: try resolveAPIKey(), timeout: .milliseconds(Int(timeout * 1000)))
                    summary = try await JudgeClassifier.withEndpoint(
                        endpoint, configuration: .init(model: judgeModel), fallback: offline, concurrency: concurrency
                    ) { judgeClassifier in
                        let classifier: any ResponseClassifier = cascade.map {
                            CascadeClassifier(offline: offline, judge: judgeClassifier, threshold: $0)
                        } ?? judgeClassifier
                        return try await Reclassify.run(run: directory, classifier: classifier, concurrency: concurrency)
                    }
                } else {
                    summary = try await Reclassify.run(run: directory, classifier: offline, concurrency: 1)
                }
                print(summary.renderText(), terminator: "")
            }
        }

        private func resolveAPIKey() throws -> String? {
            guard let judgeApiKeyEnv else { return nil }
            do {
                return try APIKey.fromEnvironment(judgeApiKeyEnv)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }
}

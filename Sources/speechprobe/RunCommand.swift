import ArgumentParser
import Foundation
import Logging
import ProbeCommandLine
import SpeechProbeKit

extension SpeechProbe {
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send suites to an OpenAI-compatible endpoint and journal every answer.",
            discussion: """
                Running the same command again with the same --out resumes: answers already journalled are kept \
                and not asked again.
                """)

        @Option(name: .customLong("suite"), help: "A suite file or a folder of suites; repeat for several.")
        var suites: [String]

        @Option(help: """
            Base URL of the OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1; repeat it for replicas of the \
            same model, and requests spread over them.
            """)
        var endpoint: [String]

        @Option(help: "Model name to request.")
        var model: String

        @Option(help: """
            Name of the target in the journal, reports and diffs (default: the model), to keep apart runs of one \
            model on other servers or with other settings.
            """)
        var target: String?

        @Option(help: "Run folder for manifest.json and responses.jsonl (default: results/TARGET).")
        var out: String?

        @Option(help: "Requests in flight at once.")
        var concurrency = 8

        @Option(help: "Answers to ask per prompt.")
        var samples = 1

        @Option(help: "Sampling temperature.")
        var temperature = 0.0

        @Option(help: "Most tokens per answer.")
        var maxTokens = 1024

        @Option(help: "Seed sent with requests (plus the sample number), for servers that honour it.")
        var seed: Int?

        @Option(help: "File holding a system prompt to send before each prompt.")
        var system: String?

        @Option(help: "Seconds allowed for one request, body included.")
        var timeout = 120.0

        @Option(help: "Attempts per request, the first included, retrying on 429, 5xx and connection failures.")
        var maxAttempts = 4

        @Option(help: """
            Seconds the endpoint may answer nothing but 429/503 before the run stops as rate_limited (resume it \
            later with the same command).
            """)
        var rateLimitBudget = 600.0

        @Option(help: "Environment variable that holds the API key.")
        var apiKeyEnv: String?

        @Option(help: "File that holds the API key.")
        var apiKeyFile: String?

        @Option(help: """
            Ask only part I of N of the prompt × sample pairs (0-based, a stable split by prompt id and sample), so \
            N machines can share a suite; `auto` or `auto/N` takes I from a Kubernetes Indexed Job \
            (JOB_COMPLETION_INDEX, N = completions) or a Slurm array (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT).
            """)
        var shard: String?

        @Flag(help: "Start even if the server does not list the model under /models.")
        var skipModelCheck = false

        @Option(help: "Log level on stderr: trace, debug, info (every failed request), notice, warning, error, critical.")
        var logLevel: Logger.Level = .warning

        func validate() throws {
            try FlagRange.check(concurrency, 1...1_000, flag: "--concurrency")
            try FlagRange.check(samples, 1...10_000, flag: "--samples")
            try FlagRange.check(maxTokens, 1...10_000_000, flag: "--max-tokens")
            try FlagRange.check(maxAttempts, 1...100, flag: "--max-attempts")
            try FlagRange.check(timeout, FlagRange.timeoutSeconds, flag: "--timeout", unit: " seconds")
            try FlagRange.check(temperature, 0...2, flag: "--temperature")
            try FlagRange.check(rateLimitBudget, 1...604_800, flag: "--rate-limit-budget", unit: " seconds")
            guard apiKeyEnv == nil || apiKeyFile == nil else {
                throw ValidationError("give --api-key-env or --api-key-file, not both")
            }
            guard target?.isEmpty != true else { throw ValidationError("--target: give a non-empty name") }
            guard !endpoint.isEmpty else { throw ValidationError("give at least one --endpoint") }
            guard Set(endpoint).count == endpoint.count else { throw ValidationError("--endpoint: a URL is given twice") }
            for url in endpoint {
                do {
                    try Preflight.checkURL(url)
                } catch {
                    throw ValidationError("--endpoint: \(error.withFlagHints)")
                }
            }
        }

        func run() async throws {
            let level = logLevel
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
            let set = try loadSuites(suites)
            let systemPrompt = try system.map(readSystemPrompt)
            let apiKey = try resolveAPIKey(environment: apiKeyEnv, file: apiKeyFile)
            var configuration = RunConfiguration(
                directory: RunDirectory(out ?? "results/\(RunName.sanitized(target ?? model))"), model: model, endpoint: endpoint[0],
                temperature: temperature, maxTokens: maxTokens, seed: seed, systemPrompt: systemPrompt,
                samples: samples, concurrency: concurrency, replicas: Array(endpoint.dropFirst()),
                rateLimitBudget: .milliseconds(Int(rateLimitBudget * 1000)), target: target)
            configuration.shard = try shard.map(parseShard)
            let endpointConfiguration = EndpointConfiguration(
                baseURL: endpoint[0], apiKey: apiKey, timeout: .milliseconds(Int(timeout * 1000)),
                retry: RetryPolicy(maxAttempts: maxAttempts))
            let printer = ProgressPrinter()
            let run = EndpointRun(configuration: configuration, endpoint: endpointConfiguration, suites: set,
                                  classifier: try DefaultClassifier.make(), checkModel: !skipModelCheck,
                                  localModel: LocalModelInfo.read(for: endpoint[0]))
            let manifest = try await withCleanErrors {
                try await withInterruptHandling { try await run.execute(progress: printer.update) { printError("warning: " + $0) } }
            }
            printOutput(RunSummaryText.render(manifest, directory: configuration.directory))
            if manifest.status == .rateLimited {
                printError("stopped: \(manifest.stopReason ?? "rate limited"); run the same command again later to resume")
                throw ExitCode(75)
            }
            if manifest.status != .complete {
                printError("interrupted: run the same command again to resume")
                throw ExitCode(130)
            }
        }

        private func readSystemPrompt(_ path: String) throws -> String {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw ValidationError("--system: cannot read \(path) as UTF-8 text")
            }
            return text
        }

    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

import ArgumentParser

/// Benchmarks that print figures: `swift build -c release --product speechprobe-bench`, then
/// `.build/release/speechprobe-bench NAME [OPTIONS]`. Each benchmark lives in its own file.
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speechprobe-bench",
        abstract: "Benchmarks that print figures.",
        subcommands: [Classify.self, Report.self, Run.self, Latency.self, Memory.self, Suite.self, TornTail.self])

    struct Classify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Answers classified per CPU second, over the shared labelled sets.")
        @Option(help: "The shared data folder.") var data = "../shared/data"
        @Option(help: "Minimum seconds per classifier.") var seconds = 3.0
        func run() async throws { try await ClassifierBenchmark.run(data: data, seconds: seconds) }
    }

    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Report time and peak RSS over 100,000 and 1,000,000 records.")
        @Option(help: "Keep the generated journals in this folder.") var keep: String?
        func run() async throws { try await ReportBenchmark.run(keep: keep) }
    }

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answers per second against a zero-latency stub, CPU per answer, peak RSS.", aliases: ["throughput"])
        @Option var prompts = 20_000
        @Option var concurrency = 64
        func run() async throws { try await RunBenchmark.run(prompts: prompts, concurrency: concurrency) }
    }

    struct Latency: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Wall time over the ideal when every answer takes a delay.")
        @Option var prompts = 1_000
        @Option var concurrency = 100
        @Option(name: .customLong("delay-ms")) var delay = 100
        func run() async throws { try await RunBenchmark.latency(prompts: prompts, concurrency: concurrency, delay: delay) }
    }

    struct Memory: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Peak RSS per run size.")
        @Option(help: "Run sizes, comma-separated.") var prompts = "10000,100000"
        func run() async throws {
            try await RunBenchmark.memory(sizes: prompts.split(separator: ",").compactMap { Int($0) })
        }
    }

    struct Suite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Suite load time and peak RSS against the file size.")
        enum Format: String, ExpressibleByArgument { case jsonl, yaml }
        @Option var lines = 1_000_000
        @Option var format = Format.jsonl
        @Flag(name: .customLong("import-only")) var importOnly = false
        func run() async throws { try await SuiteBenchmark.run(lines: lines, yaml: format == .yaml, importOnly: importOnly) }
    }

    struct TornTail: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "torn-tail", abstract: "Report time over a huge torn last line.")
        @Option var megabytes = 300
        func run() async throws { try await TornTailBenchmark.run(megabytes: megabytes) }
    }
}

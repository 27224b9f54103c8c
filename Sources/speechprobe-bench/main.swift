// Benchmarks that print figures: `swift run -c release speechprobe-bench NAME [OPTIONS]`.
// Each benchmark lives in its own file and registers here.
import Foundation

let benchmarks: [String: ([String]) async throws -> Void] = [
    "classify": ClassifierBenchmark.run,
    "report": ReportBenchmark.run,
    "run": RunBenchmark.run,
    "throughput": RunBenchmark.run,
    "latency": RunBenchmark.latency,
    "memory": RunBenchmark.memory,
    "suite": SuiteBenchmark.run,
    "torn-tail": TornTailBenchmark.run,
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks[name] else {
    print("usage: speechprobe-bench \(benchmarks.keys.sorted().joined(separator: "|")) [options]")
    exit(2)
}
try await benchmark(Array(arguments.dropFirst()))

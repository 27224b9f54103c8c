import Foundation
import ProbeCommandLine
import SpeechProbeKit

/// Benchmarks of the run stage, end to end: real `EndpointRun`, HTTP client, decoder, the default classifier and
/// journal, against `FastStubServer` on loopback, writing to a temporary run folder.
///
/// - `run [--prompts N] [--concurrency N]` (also called `throughput`): answers per second with a zero-latency
///   server; the process's CPU time per answer, and how much of it the stub server used; peak RSS; the
///   machine's load average at the start and the end; and `wrk`'s requests per second on the same server as
///   the ceiling.
/// - `latency [--prompts N] [--concurrency N] [--delay-ms N]`: wall time over the ideal when every answer
///   takes the delay.
/// - `memory [--prompts N,N,…]`: peak RSS per run size, to show it stays flat.
enum RunBenchmark {
    static func run(prompts: Int, concurrency: Int) async throws {
        print("load average at start: \(LoadAverage.text())")
        try await FastStubServer.withRunning { baseURL, port in
            // A short warm-up, so connections and caches exist before the clock starts.
            _ = try await measure(prompts: min(2_000, prompts), concurrency: concurrency, at: baseURL)
            let (cpu, stub) = (ProcessCPU.time(), try await FastStubServer.cpuTime())
            let seconds = try await measure(prompts: prompts, concurrency: concurrency, at: baseURL)
            let (cpuUsed, stubUsed) = (ProcessCPU.time() - cpu, try await FastStubServer.cpuTime() - stub)
            let peak = Double(ProcessMemory.peakResidentKB()) / 1024
            print(String(format: "run: %d prompts, concurrency %d: %.2f s, %.0f answers/s",
                         prompts, concurrency, seconds, Double(prompts) / seconds))
            print(String(format: "cpu: %.2f s, %.1f µs per answer; the stub server's thread %.2f s of it, the rest %.1f µs per answer",
                         cpuUsed / .seconds(1), cpuUsed / .microseconds(prompts), stubUsed / .seconds(1),
                         (cpuUsed - stubUsed) / .microseconds(prompts)))
            print(String(format: "peak RSS: %.1f MB (warm-up and run)", peak))
            if let ceiling = try Wrk.requestsPerSecond(port: port, connections: concurrency) {
                print(String(format: "ceiling: wrk -t2 -c%d -d5s on the same server: %.0f requests/s", concurrency, ceiling))
            } else {
                print("ceiling: wrk not installed (apt-get install -y wrk)")
            }
        }
        print("load average at end: \(LoadAverage.text())")
    }

    static func latency(prompts: Int, concurrency: Int, delay: Int) async throws {
        try await FastStubServer.withRunning(delay: .milliseconds(delay)) { baseURL, _ in
            let seconds = try await measure(prompts: prompts, concurrency: concurrency, at: baseURL)
            let ideal = Double(prompts) / Double(concurrency) * Double(delay) / 1000
            print(String(format: "latency: %d prompts, %d ms each, concurrency %d: %.3f s, ideal %.3f s, %.3f× ideal",
                         prompts, delay, concurrency, seconds, ideal, seconds / ideal))
        }
    }

    static func memory(sizes: [Int]) async throws {
        try await FastStubServer.withRunning { baseURL, _ in
            for prompts in sizes {
                // Each size's suite is built first and counts; the peak is then the run's own.
                let reset = ProcessMemory.resetPeak()
                let seconds = try await measure(prompts: prompts, concurrency: 64, at: baseURL)
                print(String(format: "memory: %7d prompts: peak RSS %5.1f MB%@ (%.2f s, %.0f responses/s)",
                             prompts, Double(ProcessMemory.peakResidentKB()) / 1024, reset ? "" : " since start",
                             seconds, Double(prompts) / seconds))
            }
        }
    }

    /// Runs `prompts` prompts into a fresh temporary folder and returns the wall time of the run.
    static func measure(prompts: Int, concurrency: Int, at baseURL: String) async throws -> Double {
        let folder = NSTemporaryDirectory() + "speechprobe-runbench-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let configuration = RunConfiguration(
            directory: RunDirectory(folder), model: FastStubServer.model, endpoint: baseURL, maxTokens: 64,
            concurrency: concurrency)
        let run = EndpointRun(configuration: configuration, endpoint: EndpointConfiguration(baseURL: baseURL),
                              suites: BenchSuite.make(prompts: prompts), classifier: try DefaultClassifier.make())
        // The CLI's progress printer, quiet off a terminal: its per-record cost is part of the figure.
        let printer = ProgressPrinter(isTerminal: false, interval: 3600)
        let start = ContinuousClock.now
        let manifest = try await run.execute(progress: printer.update)
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        guard manifest.counts.records == prompts, manifest.counts.outcomes[.ok] == prompts else {
            throw BenchmarkError(description: "expected \(prompts) ok records, got \(manifest.counts.outcomes)")
        }
        return seconds
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
}

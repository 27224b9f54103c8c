import ProbeClassifier

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Throughput of a classifier on one core: responses per CPU second of the calling thread over a set,
/// repeated until enough CPU time has passed to be stable. CPU time, not wall time, so a busy machine
/// (other processes sharing the core) does not understate it; wall time is reported beside it.
/// A measuring tool, not a test.
package enum Benchmark {
    package struct Result: Sendable, Hashable {
        package var responses: Int
        /// CPU seconds of the classifying thread.
        package var seconds: Double
        package var wallSeconds: Double
        package var bytes: Int
        package var responsesPerSecond: Double { seconds > 0 ? Double(responses) / seconds : 0 }
        package var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / seconds / 1_000_000 : 0 }

        package func renderText(classifier: String) -> String {
            String(format: "%@: %d responses (%.1f MB) in %.3f CPU s (%.3f s wall) on one core: %.0f responses/s, %.1f MB/s\n",
                   classifier, responses, Double(bytes) / 1_000_000, seconds, wallSeconds, responsesPerSecond,
                   megabytesPerSecond)
        }
    }

    /// Classifies `examples` on the calling thread, over and over for at least `minimumSeconds` of CPU time.
    package static func run(
        examples: [LabelledExample], classifier: any SynchronousClassifier, minimumSeconds: Double = 2
    ) -> Result {
        let inputs = examples.map(\.input)
        let bytes = inputs.reduce(0) { $0 + $1.response.utf8.count }
        guard !inputs.isEmpty else { return Result(responses: 0, seconds: 0, wallSeconds: 0, bytes: 0) }
        // Warm up: lazy tables, caches.
        var sink = 0
        for input in inputs.prefix(200) { sink &+= classifier.classification(for: input).signals.count }
        let wallStart = ContinuousClock.now
        let start = threadCPUSeconds()
        var rounds = 0
        var elapsed = 0.0
        repeat {
            for input in inputs { sink &+= classifier.classification(for: input).signals.count }
            rounds += 1
            elapsed = threadCPUSeconds() - start
        } while elapsed < minimumSeconds
        let wall = ContinuousClock.now - wallStart
        if sink == Int.min { print(sink) }
        return Result(
            responses: rounds * inputs.count, seconds: elapsed,
            wallSeconds: Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18,
            bytes: rounds * bytes)
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

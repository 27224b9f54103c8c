import Foundation

/// Throughput of a classifier on one core: responses per second over a set, repeated until enough time
/// has passed to be stable. A measuring tool, not a test.
public enum Benchmark {
    public struct Result: Sendable, Hashable {
        public var responses: Int
        public var seconds: Double
        public var bytes: Int
        public var responsesPerSecond: Double { seconds > 0 ? Double(responses) / seconds : 0 }
        public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / seconds / 1_000_000 : 0 }

        public func renderText(classifier: String) -> String {
            String(format: "%@: %d responses (%.1f MB) in %.3f s on one core: %.0f responses/s, %.1f MB/s\n",
                   classifier, responses, Double(bytes) / 1_000_000, seconds, responsesPerSecond, megabytesPerSecond)
        }
    }

    /// Classifies `examples` on the calling thread, over and over for at least `minimumSeconds`.
    public static func run(
        examples: [LabelledExample], classifier: any SynchronousClassifier, minimumSeconds: Double = 2
    ) -> Result {
        let inputs = examples.map(\.input)
        let bytes = inputs.reduce(0) { $0 + $1.response.utf8.count }
        guard !inputs.isEmpty else { return Result(responses: 0, seconds: 0, bytes: 0) }
        // Warm up: lazy tables, caches.
        var sink = 0
        for input in inputs.prefix(200) { sink &+= classifier.classification(for: input).signals.count }
        let clock = ContinuousClock()
        var rounds = 0
        let start = clock.now
        var elapsed = Duration.zero
        repeat {
            for input in inputs { sink &+= classifier.classification(for: input).signals.count }
            rounds += 1
            elapsed = clock.now - start
        } while elapsed < .milliseconds(Int(minimumSeconds * 1_000))
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if sink == Int.min { print(sink) }
        return Result(responses: rounds * inputs.count, seconds: seconds, bytes: rounds * bytes)
    }
}

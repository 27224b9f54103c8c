import ProbeClassifier

extension Vocabulary {
    /// The n-grams that occur in at least `minimumCount` of `examples`.
    package static func build(
        _ examples: [LabelledExample], featurizer: Featurizer, minimumCount: Int = minimumDocumentFrequency
    ) -> Vocabulary {
        var counts: [UInt64: Int32] = [:]
        var counter = Counter()
        for example in examples {
            counter.seen.removeAll(keepingCapacity: true)
            featurizer.featurize(example, into: &counter)
            for hash in counter.seen { counts[hash, default: 0] += 1 }
        }
        var vocabulary = Vocabulary()
        for (mixed, count) in counts where count >= minimumCount { vocabulary.insert(mixed: mixed) }
        return vocabulary
    }

    /// Records each answer's distinct n-gram hashes; keeps no features.
    struct Counter: FeatureSink {
        var seen: Set<UInt64> = []

        mutating func add(_ bucket: Int, _ value: Float) {}

        mutating func admits(token mixed: UInt64) -> Bool {
            seen.insert(mixed)
            return false
        }
    }
}

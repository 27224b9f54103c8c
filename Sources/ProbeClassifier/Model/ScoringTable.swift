/// The weights as the scorer reads them: per bucket four signed bytes (three labels and padding, one
/// aligned load), each label's levels times its scale giving the weight.
struct ScoringTable: Sendable {
    /// `levels[bucket * 4 + label]`.
    let levels: [Int8]
    /// Per label: weight = level × scale.
    let scales: [Float]

    init(_ weights: [Float]) {
        var scales = [Float](repeating: 0, count: 3)
        for (index, weight) in weights.enumerated() {
            scales[index % 3] = max(scales[index % 3], abs(weight))
        }
        scales = scales.map { $0 > 0 ? $0 / 127 : 1 }
        var levels = [Int8](repeating: 0, count: weights.count / 3 * 4)
        for (index, weight) in weights.enumerated() {
            let level = (weight / scales[index % 3]).rounded()
            levels[index / 3 * 4 + index % 3] = Int8(max(-127, min(127, level)))
        }
        self.levels = levels
        self.scales = scales
    }

    /// Sums levels × feature values per label; the caller applies the scales once at the end.
    struct Scorer: FeatureSink {
        let levels: UnsafeBufferPointer<Int8>
        /// The vocabulary's bit words; empty admits every n-gram.
        let vocabulary: UnsafeBufferPointer<UInt64>
        var sums: (Float, Float, Float) = (0, 0, 0)
        /// N-grams offered and those the vocabulary knew: how familiar the text is to the model.
        var ngramsSeen = 0
        var ngramsKnown = 0

        @inline(__always)
        mutating func admits(token mixed: UInt64) -> Bool {
            ngramsSeen &+= 1
            let known = vocabulary.isEmpty || Vocabulary.contains(mixed: mixed, in: vocabulary)
            if known { ngramsKnown &+= 1 }
            return known
        }

        /// Without branches, so the table and vocabulary reads of a run overlap: an n-gram the vocabulary
        /// does not know adds zero.
        mutating func add(tokens mixed: UnsafeBufferPointer<UInt64>, mask: UInt64, value: Float) {
            var sum0 = sums.0, sum1 = sums.1, sum2 = sums.2
            var known = 0
            for hash in mixed {
                let slot = Vocabulary.slot(hash)
                let bit = vocabulary.isEmpty ? 1 : Int(truncatingIfNeeded: vocabulary[slot >> 6] >> UInt64(slot & 63)) & 1
                known &+= bit
                let weight = bit == 0 ? 0 : value
                let base = Int(truncatingIfNeeded: hash & mask) &* 4
                sum0 += Float(levels[base]) * weight
                sum1 += Float(levels[base &+ 1]) * weight
                sum2 += Float(levels[base &+ 2]) * weight
            }
            sums = (sum0, sum1, sum2)
            ngramsSeen &+= mixed.count
            ngramsKnown &+= known
        }

        @inline(__always)
        mutating func add(_ bucket: Int, _ value: Float) {
            let base = bucket &* 4
            sums.0 += Float(levels[base]) * value
            sums.1 += Float(levels[base &+ 1]) * value
            sums.2 += Float(levels[base &+ 2]) * value
        }
    }
}

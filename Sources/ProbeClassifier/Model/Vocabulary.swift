/// The n-gram features the model was trained on, as a bit set over their hashes.
///
/// Hashed buckets are shared: a word the training data never had lands on a bucket whose weight was
/// learnt for other words, and since most training words come from complete answers, every unfamiliar
/// word (another language, a new model's idiom, degenerate noise) nudges an answer towards `complete`.
/// Features outside the vocabulary are left out, so unfamiliar text is decided by the language-independent
/// features (phrase kinds, lengths, rules). A false positive (an unseen hash whose bit is set) costs only
/// the old behaviour for that feature.
package struct Vocabulary: Sendable {
    /// 2^22 bits (512 KB).
    package static let bits = 22
    /// A feature joins when this many training answers contain it; rarer ones are a model's idiom or noise.
    package static let minimumDocumentFrequency = 2

    var words: [UInt64]

    package init() {
        words = [UInt64](repeating: 0, count: (1 << Vocabulary.bits) / 64)
    }

    init(words: [UInt64]) {
        self.words = words
    }

    /// The bit of a feature's mixed hash (`Hashing.finalize`): its top bits (buckets use the low bits).
    @inline(__always) static func slot(_ mixed: UInt64) -> Int {
        Int(truncatingIfNeeded: mixed >> UInt64(64 - bits))
    }

    package func contains(mixed: UInt64) -> Bool {
        words.withUnsafeBufferPointer { Vocabulary.contains(mixed: mixed, in: $0) }
    }

    /// The bit test on raw words, for the scorer, which holds them as a buffer on its hot path.
    @inline(__always) static func contains(mixed: UInt64, in words: UnsafeBufferPointer<UInt64>) -> Bool {
        let slot = slot(mixed)
        return words[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    package mutating func insert(mixed: UInt64) {
        let slot = Vocabulary.slot(mixed)
        words[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    /// Bits set: about the number of n-grams kept (two sharing a bit count once).
    package var bitsSet: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Share of bits set: the chance that an unseen n-gram passes.
    package var fill: Double { Double(bitsSet) / Double(words.count * 64) }
}

import Foundation
import ProbeCore

/// Multinomial logistic regression over hashed features: one weight per bucket and label.
///
/// Scoring reads a packed int8 copy of the weights (`ScoringTable`): four bytes per bucket instead of
/// twelve, so the table stays in cache; quantisation changes no label on the training rows (MODEL_CARD.md).
package struct LinearModel: Sendable {
    package let featurizer: Featurizer
    /// `weights[bucket * 3 + label]`, labels in `Label.allCases` order.
    package let weights: [Float]
    package let bias: [Float]
    /// The n-grams seen in training; nil lets every n-gram count.
    package let vocabulary: Vocabulary?
    let table: ScoringTable

    package init(featurizer: Featurizer, weights: [Float]? = nil, bias: [Float] = [0, 0, 0], vocabulary: Vocabulary? = nil) {
        self.featurizer = featurizer
        self.weights = weights ?? [Float](repeating: 0, count: featurizer.bucketCount * 3)
        self.bias = bias
        self.vocabulary = vocabulary
        table = ScoringTable(self.weights)
    }

    package static let classes = Label.allCases.count

    /// What the model makes of an answer.
    package struct Scores: Sendable {
        /// Label probabilities, `Label.allCases` order.
        package var probabilities: [Double]
        /// Share of the answer's n-grams that the vocabulary knows (1 without a vocabulary or n-grams): near 0
        /// for a language or idiom the training data never had, where only the language-independent features
        /// spoke.
        package var familiarity: Double
    }

    /// Label probabilities for an answer's evidence, and how familiar its text is.
    package func scores(evidence: RuleEvidence, rule: Verdict, request: RequestFraming) -> Scores {
        let words = vocabulary?.words ?? []
        let scorer = table.levels.withUnsafeBufferPointer { buffer in
            words.withUnsafeBufferPointer { vocabulary in
                var scorer = ScoringTable.Scorer(levels: buffer, vocabulary: vocabulary)
                featurizer.featurize(evidence: evidence, rule: rule, request: request, into: &scorer)
                return (sums: scorer.sums, seen: scorer.ngramsSeen, known: scorer.ngramsKnown)
            }
        }
        let sums = scorer.sums
        let probabilities = LinearModel.softmax([
            Double(bias[0] + sums.0 * table.scales[0]), Double(bias[1] + sums.1 * table.scales[1]),
            Double(bias[2] + sums.2 * table.scales[2]),
        ])
        return Scores(probabilities: probabilities,
                      familiarity: scorer.seen == 0 ? 1 : Double(scorer.known) / Double(scorer.seen))
    }

    static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        let exps = scores.map { Foundation.exp($0 - top) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }
}

// MARK: Serialisation

extension LinearModel {
    package struct FormatError: Error, Sendable, CustomStringConvertible {
        package var message: String
        package var description: String { "linear model: \(message)" }
    }

    static let magic: [UInt8] = Array("SPLM".utf8)

    /// Compact binary form: header, biases, per-label scales, one signed byte per weight, then (version 2)
    /// the vocabulary's bit words, little-endian, when there is one.
    package func serialized() -> Data {
        var out = Data()
        out.append(contentsOf: LinearModel.magic)
        func append32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        func appendFloat(_ value: Float) { append32(value.bitPattern) }
        append32(vocabulary == nil ? 1 : 2)
        append32(UInt32(featurizer.bits))
        append32(UInt32(featurizer.ngramBytes))
        for value in bias { appendFloat(value) }
        for scale in table.scales { appendFloat(scale) }
        var quantized = [UInt8](repeating: 0, count: weights.count)
        for bucket in 0..<featurizer.bucketCount {
            for label in 0..<3 {
                quantized[bucket * 3 + label] = UInt8(bitPattern: table.levels[bucket * 4 + label])
            }
        }
        out.append(contentsOf: quantized)
        for word in vocabulary?.words ?? [] {
            withUnsafeBytes(of: word.littleEndian) { out.append(contentsOf: $0) }
        }
        return out
    }

    package init(serialized data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.count >= 40, Array(bytes[0..<4]) == LinearModel.magic else {
            throw FormatError(message: "not a speechprobe linear model")
        }
        func read32(_ offset: Int) -> UInt32 {
            UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
        }
        let version = read32(4)
        guard version == 1 || version == 2 else { throw FormatError(message: "unsupported version \(version)") }
        let featurizer = Featurizer(bits: Int(read32(8)), ngramBytes: Int(read32(12)))
        let bias = (0..<3).map { Float(bitPattern: read32(16 + 4 * $0)) }
        let scales = (0..<3).map { Float(bitPattern: read32(28 + 4 * $0)) }
        let count = featurizer.bucketCount * 3
        let vocabularyBytes = version == 2 ? (1 << Vocabulary.bits) / 8 : 0
        guard bytes.count == 40 + count + vocabularyBytes else {
            throw FormatError(message: "expected \(count) weights" + (version == 2 ? " and a vocabulary" : ""))
        }
        var weights = [Float](repeating: 0, count: count)
        for index in 0..<count {
            weights[index] = Float(Int8(bitPattern: bytes[40 + index])) * scales[index % 3]
        }
        var vocabulary: Vocabulary?
        if version == 2 {
            var words = [UInt64](repeating: 0, count: vocabularyBytes / 8)
            for index in words.indices {
                let offset = 40 + count + index * 8
                words[index] = UInt64(read32(offset)) | UInt64(read32(offset + 4)) << 32
            }
            vocabulary = Vocabulary(words: words)
        }
        self.init(featurizer: featurizer, weights: weights, bias: bias, vocabulary: vocabulary)
    }
}

import Foundation

/// Multinomial logistic regression over hashed features: one weight per bucket and label.
public struct LinearModel: Sendable {
    public var featurizer: Featurizer
    /// `weights[bucket * 3 + label]`, labels in `Label.allCases` order.
    public var weights: [Float]
    public var bias: [Float]

    public init(featurizer: Featurizer, weights: [Float]? = nil, bias: [Float] = [0, 0, 0]) {
        self.featurizer = featurizer
        self.weights = weights ?? [Float](repeating: 0, count: featurizer.bucketCount * 3)
        self.bias = bias
    }

    static let classes = Label.allCases.count

    /// Sums the weights of every feature it is given.
    struct Scorer: FeatureSink {
        let weights: UnsafeBufferPointer<Float>
        var scores: (Float, Float, Float)

        @inline(__always)
        mutating func add(_ bucket: Int, _ value: Float) {
            let base = bucket &* 3
            scores.0 += weights[base] * value
            scores.1 += weights[base + 1] * value
            scores.2 += weights[base + 2] * value
        }
    }

    /// Label probabilities for an answer's evidence, `Label.allCases` order.
    public func probabilities(evidence: RuleEvidence, rule: Classification, question: String) -> [Double] {
        let scores = weights.withUnsafeBufferPointer { buffer in
            var scorer = Scorer(weights: buffer, scores: (bias[0], bias[1], bias[2]))
            featurizer.featurize(evidence: evidence, rule: rule, question: question, into: &scorer)
            return scorer.scores
        }
        return LinearModel.softmax([Double(scores.0), Double(scores.1), Double(scores.2)])
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
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { "linear model: \(message)" }
    }

    static let magic: [UInt8] = Array("SPLM".utf8)

    /// Compact binary form: header, biases, per-label scales, then one signed byte per weight.
    public func serialized() -> Data {
        var out = Data()
        out.append(contentsOf: LinearModel.magic)
        func append32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        func appendFloat(_ value: Float) { append32(value.bitPattern) }
        append32(1)
        append32(UInt32(featurizer.bits))
        append32(UInt32(featurizer.ngramBytes))
        for value in bias { appendFloat(value) }
        var scales = [Float](repeating: 0, count: 3)
        for (index, weight) in weights.enumerated() {
            scales[index % 3] = max(scales[index % 3], abs(weight))
        }
        scales = scales.map { $0 > 0 ? $0 / 127 : 1 }
        for scale in scales { appendFloat(scale) }
        var quantized = [UInt8](repeating: 0, count: weights.count)
        for (index, weight) in weights.enumerated() {
            let level = (weight / scales[index % 3]).rounded()
            quantized[index] = UInt8(bitPattern: Int8(max(-127, min(127, level))))
        }
        out.append(contentsOf: quantized)
        return out
    }

    public init(serialized data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.count >= 40, Array(bytes[0..<4]) == LinearModel.magic else {
            throw FormatError(message: "not a speechprobe linear model")
        }
        func read32(_ offset: Int) -> UInt32 {
            UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
        }
        guard read32(4) == 1 else { throw FormatError(message: "unsupported version \(read32(4))") }
        let featurizer = Featurizer(bits: Int(read32(8)), ngramBytes: Int(read32(12)))
        let bias = (0..<3).map { Float(bitPattern: read32(16 + 4 * $0)) }
        let scales = (0..<3).map { Float(bitPattern: read32(28 + 4 * $0)) }
        let count = featurizer.bucketCount * 3
        guard bytes.count == 40 + count else { throw FormatError(message: "expected \(count) weights") }
        var weights = [Float](repeating: 0, count: count)
        for index in 0..<count {
            weights[index] = Float(Int8(bitPattern: bytes[40 + index])) * scales[index % 3]
        }
        self.init(featurizer: featurizer, weights: weights, bias: bias)
    }
}

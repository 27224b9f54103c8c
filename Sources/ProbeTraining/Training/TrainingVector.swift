import ProbeCore
import ProbeClassifier

/// One example's features, computed once and reused by every fold and epoch.
package struct TrainingVector: Sendable {
    package var buckets: [Int32]
    package var values: [Float]
    package var label: Label
    /// How much this example counts (set weights, language-independent copies).
    package var weight: Float
    /// A language-independent copy of an example, not the example itself (class counts leave it out).
    package var isIndependentCopy: Bool

    struct Collector: FeatureSink {
        var buckets: [Int32] = []
        var values: [Float] = []
        var vocabulary: Vocabulary?

        func admits(token mixed: UInt64) -> Bool {
            vocabulary?.contains(mixed: mixed) ?? true
        }

        mutating func add(_ bucket: Int, _ value: Float) {
            buckets.append(Int32(bucket))
            values.append(value)
        }
    }

    /// Features of `example` exactly as `LinearClassifier` computes them at inference.
    package init(
        _ example: LabelledExample, featurizer: Featurizer, vocabulary: Vocabulary? = nil, scope: Featurizer.Scope = .all,
        weight: Float = 1
    ) {
        var collector = Collector(vocabulary: vocabulary)
        featurizer.featurize(example, scope: scope, into: &collector)
        buckets = collector.buckets
        values = collector.values
        label = example.label
        self.weight = weight
        isIndependentCopy = scope == .languageIndependent
    }
}

extension Featurizer {
    /// The features of a labelled example, with the rule decision inference would make.
    func featurize<Sink: FeatureSink>(_ example: LabelledExample, scope: Scope = .all, into sink: inout Sink) {
        let evidence = RuleEvidence(NormalizedText(example.response))
        let request = RequestFraming(question: example.question)
        let rule = RuleClassifier().decide(evidence, answering: request)
        featurize(evidence: evidence, rule: rule, request: request, scope: scope, into: &sink)
    }
}

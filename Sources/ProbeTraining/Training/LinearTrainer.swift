import Foundation
import ProbeCore
import ProbeClassifier

/// Trains `LinearModel` by AdaGrad on the weighted multinomial log-loss with L2 regularisation.
package struct LinearTrainer: Sendable {
    package struct Configuration: Sendable, Hashable {
        package var bits: Int
        package var ngramBytes: Int
        package var epochs: Int
        package var learningRate: Float
        package var l2: Float
        /// Class weight is (count of the largest class / count of this class) ^ `classWeightPower`.
        package var classWeightPower: Float
        /// Weight of each example's language-independent copy (lexicon kinds, lengths, rule; no n-grams),
        /// which teaches the model to decide from cross-lingual features when n-grams say nothing. 0 = off.
        package var independentCopyWeight: Float
        /// N-grams in fewer training answers than this are left out of the model (`Vocabulary`). 0 = keep all.
        package var vocabularyMinimumCount: Int
        /// Weight of every example of a set (`LabelledExample.set`); sets not named count 1. The translated and
        /// boundary sets are small next to the English ones, and they are where the classifier was wrong.
        package var setWeights: [String: Float]
        /// Added to the evasive bias after training: the log of how much likelier than the fit says an
        /// answer is evasive. The log-loss fit under-predicts the rarer evasive class on unseen models.
        package var evasiveBiasShift: Float
        /// The stratum that is a random draw of real answers (`LabelledExample.stratum`). In a set that has it,
        /// rows of the other, enriched strata are weighted per label so that their label mix is this one's: an
        /// enriched mix must not become the model's prior for answers like them.
        package var naturalStratum: String?
        package var seed: UInt64

        package init(
            bits: Int = 17, ngramBytes: Int = 1_024, epochs: Int = 12, learningRate: Float = 0.2, l2: Float = 1e-5,
            classWeightPower: Float = 0.25, independentCopyWeight: Float = 0.5,
            vocabularyMinimumCount: Int = Vocabulary.minimumDocumentFrequency,
            setWeights: [String: Float] = ["zh_china_criticism": 3, "fi_china_criticism": 3, "us_hard": 3],
            evasiveBiasShift: Float = 0, naturalStratum: String? = "deploy_random", seed: UInt64 = 42
        ) {
            self.bits = bits
            self.ngramBytes = ngramBytes
            self.epochs = epochs
            self.learningRate = learningRate
            self.l2 = l2
            self.classWeightPower = classWeightPower
            self.independentCopyWeight = independentCopyWeight
            self.vocabularyMinimumCount = vocabularyMinimumCount
            self.setWeights = setWeights
            self.evasiveBiasShift = evasiveBiasShift
            self.naturalStratum = naturalStratum
            self.seed = seed
        }
    }

    package var configuration: Configuration

    package init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    package var featurizer: Featurizer {
        Featurizer(bits: configuration.bits, ngramBytes: configuration.ngramBytes)
    }

    /// The vocabulary `examples` give, or nil when the configuration keeps every n-gram.
    package func vocabulary(for examples: [LabelledExample]) -> Vocabulary? {
        let minimum = configuration.vocabularyMinimumCount
        return minimum > 0 ? Vocabulary.build(examples, featurizer: featurizer, minimumCount: minimum) : nil
    }

    /// Feature vectors for `examples`: each example, then (if enabled) its language-independent copy.
    package func vectors(_ examples: [LabelledExample], vocabulary: Vocabulary? = nil) -> [[TrainingVector]] {
        let featurizer = featurizer
        let copyWeight = configuration.independentCopyWeight
        let strata = stratumWeights(examples)
        return examples.indices.map { index in
            let example = examples[index]
            let weight = (configuration.setWeights[example.set] ?? 1) * strata[index]
            var group = [TrainingVector(example, featurizer: featurizer, vocabulary: vocabulary, weight: weight)]
            if copyWeight > 0 {
                group.append(TrainingVector(example, featurizer: featurizer, scope: .languageIndependent,
                                            weight: copyWeight * weight))
            }
            return group
        }
    }

    /// Per example, the weight that gives an enriched stratum the natural stratum's label mix within its set
    /// (1 for rows without a stratum, of the natural stratum, or of a set without one).
    func stratumWeights(_ examples: [LabelledExample]) -> [Float] {
        guard let natural = configuration.naturalStratum else { return examples.map { _ in 1 } }
        // Label counts per set: of the natural stratum, and of the enriched rest.
        var naturalCounts: [String: [Label: Float]] = [:]
        var enrichedCounts: [String: [Label: Float]] = [:]
        for example in examples {
            guard let stratum = example.stratum else { continue }
            if stratum == natural {
                naturalCounts[example.set, default: [:]][example.label, default: 0] += 1
            } else {
                enrichedCounts[example.set, default: [:]][example.label, default: 0] += 1
            }
        }
        func share(_ counts: [Label: Float], _ label: Label) -> Float {
            (counts[label] ?? 0) / max(1, counts.values.reduce(0, +))
        }
        return examples.map { example in
            guard let stratum = example.stratum, stratum != natural, let target = naturalCounts[example.set],
                  let enriched = enrichedCounts[example.set], share(enriched, example.label) > 0 else { return 1 }
            return share(target, example.label) / share(enriched, example.label)
        }
    }

    /// Builds the vocabulary of `examples`, then trains on them.
    package func train(_ examples: [LabelledExample]) -> LinearModel {
        let vocabulary = vocabulary(for: examples)
        return train(vectors: vectors(examples, vocabulary: vocabulary).flatMap { $0 }, vocabulary: vocabulary)
    }

    /// Trains on vectors computed with `vocabulary`, which the model keeps.
    package func train(vectors: [TrainingVector], vocabulary: Vocabulary? = nil) -> LinearModel {
        let classes = LinearModel.classes
        var counts = [Float](repeating: 0, count: classes)
        for vector in vectors where !vector.isIndependentCopy { counts[ConfusionMatrix.index(vector.label)] += 1 }
        let largest = counts.max() ?? 1
        let classWeights = counts.map { $0 > 0 ? Float(pow(Double(largest / $0), Double(configuration.classWeightPower))) : 1 }
        let size = featurizer.bucketCount * classes
        var weights = [Float](repeating: 0, count: size)
        var squares = [Float](repeating: 1e-6, count: size)
        var bias = [Float](repeating: 0, count: classes)
        var biasSquares = [Float](repeating: 1e-6, count: classes)
        var order = Array(vectors.indices)
        var generator = SplitMix64(seed: configuration.seed)
        let rate = configuration.learningRate
        let l2 = configuration.l2
        for _ in 0..<configuration.epochs {
            order.shuffle(using: &generator)
            for position in order {
                let vector = vectors[position]
                let gold = ConfusionMatrix.index(vector.label)
                // Forward.
                var scores = bias
                for (bucket, value) in zip(vector.buckets, vector.values) {
                    let base = Int(bucket) * classes
                    for label in 0..<classes { scores[label] += weights[base + label] * value }
                }
                let top = scores.max()!
                var sum: Float = 0
                for label in 0..<classes {
                    scores[label] = Foundation.exp(scores[label] - top)
                    sum += scores[label]
                }
                let scale = vector.weight * classWeights[gold]
                // Backward: gradient of the log-loss is p - y.
                var gradients = [Float](repeating: 0, count: classes)
                for label in 0..<classes {
                    gradients[label] = (scores[label] / sum - (label == gold ? 1 : 0)) * scale
                    biasSquares[label] += gradients[label] * gradients[label]
                    bias[label] -= rate * gradients[label] / biasSquares[label].squareRoot()
                }
                for (bucket, value) in zip(vector.buckets, vector.values) {
                    let base = Int(bucket) * classes
                    for label in 0..<classes {
                        let slot = base + label
                        let gradient = gradients[label] * value + l2 * weights[slot]
                        squares[slot] += gradient * gradient
                        weights[slot] -= rate * gradient / squares[slot].squareRoot()
                    }
                }
            }
        }
        bias[ConfusionMatrix.index(.evasive)] += configuration.evasiveBiasShift
        return LinearModel(featurizer: featurizer, weights: weights, bias: bias, vocabulary: vocabulary)
    }
}

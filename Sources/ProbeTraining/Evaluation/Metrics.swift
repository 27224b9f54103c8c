import ProbeCore

/// Precision, recall and F1 of one label.
package struct ClassMetrics: Sendable, Hashable, Codable {
    package var precision: Double
    package var recall: Double
    package var f1: Double
    /// Gold rows with this label.
    package var support: Int
}

/// Counts of gold × predicted labels, in `Label.allCases` order.
package struct ConfusionMatrix: Sendable, Hashable {
    /// `counts[gold][predicted]`.
    package private(set) var counts: [[Int]]

    package init() {
        counts = Array(repeating: Array(repeating: 0, count: Label.allCases.count), count: Label.allCases.count)
    }

    /// The matrix of classified rows.
    package init(_ predictions: [Prediction]) {
        self.init()
        for prediction in predictions { add(gold: prediction.label, predicted: prediction.predicted) }
    }

    package mutating func add(gold: Label, predicted: Label) {
        counts[Self.index(gold)][Self.index(predicted)] += 1
    }

    static func index(_ label: Label) -> Int { label.index }

    package subscript(gold: Label, predicted: Label) -> Int { counts[Self.index(gold)][Self.index(predicted)] }

    package var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }

    package var accuracy: Double {
        let correct = Label.allCases.reduce(0) { $0 + self[$1, $1] }
        return total == 0 ? 0 : Double(correct) / Double(total)
    }

    package func metrics(for label: Label) -> ClassMetrics {
        let hit = self[label, label]
        let predicted = Label.allCases.reduce(0) { $0 + self[$1, label] }
        let gold = Label.allCases.reduce(0) { $0 + self[label, $1] }
        let precision = predicted == 0 ? 0 : Double(hit) / Double(predicted)
        let recall = gold == 0 ? 0 : Double(hit) / Double(gold)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return ClassMetrics(precision: precision, recall: recall, f1: f1, support: gold)
    }

    /// The accuracy of always answering the commonest gold label: the floor a classifier must beat.
    package var majorityAccuracy: Double {
        total == 0 ? 0 : Double(Label.allCases.map { metrics(for: $0).support }.max() ?? 0) / Double(total)
    }

    /// Mean F1 over the labels that occur in the gold set (a label absent from gold and never
    /// predicted says nothing; one absent from gold but predicted counts with F1 0).
    package var macroF1: Double {
        let present = Label.allCases.filter { label in
            metrics(for: label).support > 0 || Label.allCases.contains { self[$0, label] > 0 }
        }
        guard !present.isEmpty else { return 0 }
        return present.reduce(0) { $0 + metrics(for: $1).f1 } / Double(present.count)
    }

    package static func + (lhs: ConfusionMatrix, rhs: ConfusionMatrix) -> ConfusionMatrix {
        var sum = lhs
        for gold in Label.allCases {
            for predicted in Label.allCases {
                sum.counts[index(gold)][index(predicted)] += rhs[gold, predicted]
            }
        }
        return sum
    }
}

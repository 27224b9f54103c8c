import Foundation
import ProbeClassifier
import ProbeCore

extension ConfidenceCalibration {
    /// One out-of-fold label: the confidence the uncalibrated classifier gave it, and whether it was right.
    package struct Observation: Sendable, Hashable {
        package var confidence: Double
        package var correct: Bool
        package var language: String
        package var label: Label
        /// The signal of the rule that spoke on the answer (`rule:…`), if any.
        package var rule: String?

        package init(confidence: Double, correct: Bool, language: String, label: Label, rule: String? = nil) {
            self.confidence = confidence
            self.correct = correct
            self.language = language
            self.label = label
            self.rule = rule
        }
    }

    /// A curve needs this many labels of its group to be fitted; fewer fall back to the label's pooled curve.
    package static let minimumRows = 40

    /// Curves for every language group and label from out-of-fold `observations`: the groups with labelled
    /// answers of their own, the non-English answers pooled for every other language, and all answers pooled;
    /// and within each, per rule that spoke, where it spoke on enough answers.
    package static func fit(_ observations: [Observation]) -> ConfidenceCalibration {
        var curves: [String: Curve] = [:]
        for label in Label.allCases {
            let rows = observations.filter { $0.label == label }
            var groups: [String: [Observation]] = [pooledGroup: rows, otherGroup: rows.filter { group(language: $0.language) != "en" }]
            for own in ownGroups { groups[own] = rows.filter { group(language: $0.language) == own } }
            for (group, members) in groups where members.count >= minimumRows {
                curves[key(group: group, label: label)] = fitCurve(members)
                // Within a group, each rule's labels on their own where there are enough of them.
                for (rule, ruled) in Dictionary(grouping: members.filter { $0.rule != nil }, by: { $0.rule! })
                where ruled.count >= minimumRows {
                    curves[key(group: group, label: label, rule: rule)] = fitCurve(ruled)
                }
            }
        }
        return ConfidenceCalibration(curves: curves)
    }

    /// Logistic regression of correctness on the confidence's log-odds, by Newton's method, with a weak pull
    /// towards the identity curve so that a group of few labels, all right, cannot send its slope to infinity.
    static func fitCurve(_ rows: [Observation]) -> Curve {
        let xs = rows.map { logit($0.confidence) }
        let ys = rows.map { $0.correct ? 1.0 : 0.0 }
        var slope = 1.0
        var intercept = 0.0
        let pull = 1.0
        for _ in 0..<50 {
            // Gradient and Hessian of the negative log-likelihood plus pull/2 · ((slope − 1)² + intercept²).
            var gradient = (pull * (slope - 1), pull * intercept)
            var hessian = (pull, 0.0, pull)  // (ss, si, ii)
            for (x, y) in zip(xs, ys) {
                let p = 1 / (1 + exp(-(slope * x + intercept)))
                let residual = p - y
                let weight = max(p * (1 - p), 1e-9)
                gradient.0 += residual * x
                gradient.1 += residual
                hessian.0 += weight * x * x
                hessian.1 += weight * x
                hessian.2 += weight
            }
            let determinant = hessian.0 * hessian.2 - hessian.1 * hessian.1
            guard determinant > 1e-12 else { break }
            let stepSlope = (hessian.2 * gradient.0 - hessian.1 * gradient.1) / determinant
            let stepIntercept = (hessian.0 * gradient.1 - hessian.1 * gradient.0) / determinant
            slope -= stepSlope
            intercept -= stepIntercept
            if abs(stepSlope) + abs(stepIntercept) < 1e-9 { break }
        }
        return Curve(slope: slope, intercept: intercept)
    }

    /// Swift source of the curves, as `ModelExport` writes them into the bundled weights.
    package var swiftLiteral: String {
        guard !curves.isEmpty else { return "[:]" }
        let entries = curves.sorted { $0.key < $1.key }.map {
            String(format: "        \"%@\": .init(slope: %.6f, intercept: %.6f),", $0.key, $0.value.slope, $0.value.intercept)
        }
        return "[\n" + entries.joined(separator: "\n") + "\n    ]"
    }
}

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
        /// How much the label counts in the fit: below 1 for a row of a stratum drawn to be hard, so that its mix
        /// does not set the confidence (`LinearTrainer.stratumWeights`).
        package var weight: Double
        /// Whether the question asked to argue hard for one side (`RequestFraming.asksToAdvocate`).
        package var asksToAdvocate: Bool

        package init(confidence: Double, correct: Bool, language: String, label: Label, rule: String? = nil,
                     weight: Double = 1, asksToAdvocate: Bool = false) {
            self.confidence = confidence
            self.correct = correct
            self.language = language
            self.label = label
            self.rule = rule
            self.weight = weight
            self.asksToAdvocate = asksToAdvocate
        }
    }

    /// A curve needs this many labels of its group to be fitted; fewer fall back to the label's pooled curve.
    package static let minimumRows = 40

    /// Curves for every language group and label from out-of-fold `observations`: the groups with labelled
    /// answers of their own, the non-English answers pooled for every other language, all answers pooled, and the
    /// answers to requests to advocate in any language; within each, per rule that spoke, where it spoke on enough
    /// answers.
    package static func fit(_ observations: [Observation]) -> ConfidenceCalibration {
        var curves: [String: Curve] = [:]
        for label in Label.allCases {
            let rows = observations.filter { $0.label == label }
            var groups: [String: [Observation]] = [pooledGroup: rows, otherGroup: rows.filter { group(language: $0.language) != "en" }]
            for own in ownGroups { groups[own] = rows.filter { group(language: $0.language) == own } }
            groups[advocacyGroup] = rows.filter(\.asksToAdvocate)
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
    /// Each step is halved until it lowers the loss: where rightness does not rise with confidence, full Newton
    /// steps swing back and forth between ever steeper curves.
    static func fitCurve(_ rows: [Observation]) -> Curve {
        let xs = rows.map { logit($0.confidence) }
        let ys = rows.map { $0.correct ? 1.0 : 0.0 }
        let weights = rows.map(\.weight)
        let pull = 1.0
        // Negative log-likelihood plus pull/2 · ((slope − 1)² + intercept²).
        func loss(_ slope: Double, _ intercept: Double) -> Double {
            var total = pull / 2 * ((slope - 1) * (slope - 1) + intercept * intercept)
            for index in xs.indices {
                let z = slope * xs[index] + intercept
                let margin = ys[index] == 1 ? z : -z
                total += weights[index] * (log1p(exp(-abs(margin))) + max(-margin, 0))
            }
            return total
        }
        var slope = 1.0
        var intercept = 0.0
        var current = loss(slope, intercept)
        for _ in 0..<50 {
            var gradient = (pull * (slope - 1), pull * intercept)
            var hessian = (pull, 0.0, pull)  // (ss, si, ii)
            for index in xs.indices {
                let (x, y, weight) = (xs[index], ys[index], weights[index])
                let p = 1 / (1 + exp(-(slope * x + intercept)))
                let residual = weight * (p - y)
                let curvature = weight * max(p * (1 - p), 1e-9)
                gradient.0 += residual * x
                gradient.1 += residual
                hessian.0 += curvature * x * x
                hessian.1 += curvature * x
                hessian.2 += curvature
            }
            let determinant = hessian.0 * hessian.2 - hessian.1 * hessian.1
            guard determinant > 1e-12 else { break }
            var stepSlope = (hessian.2 * gradient.0 - hessian.1 * gradient.1) / determinant
            var stepIntercept = (hessian.0 * gradient.1 - hessian.1 * gradient.0) / determinant
            var next = loss(slope - stepSlope, intercept - stepIntercept)
            while next > current, abs(stepSlope) + abs(stepIntercept) > 1e-12 {
                stepSlope /= 2
                stepIntercept /= 2
                next = loss(slope - stepSlope, intercept - stepIntercept)
            }
            slope -= stepSlope
            intercept -= stepIntercept
            current = next
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

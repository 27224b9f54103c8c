import Foundation
import ProbeCore

/// Maps the model's confidence in a label to how often such labels were right on models it never saw, per
/// language group and label: the same 0.95 "complete" is right far less often in Finnish than in English, and a
/// cascade routes its judge calls by this number. A logistic curve on the confidence's log-odds per group
/// (Platt scaling), fitted by `train` on out-of-fold predictions; monotone within a group, so it reorders
/// labels only across groups, never changes one.
package struct ConfidenceCalibration: Sendable, Hashable {
    /// `calibrated = σ(slope · logit(confidence) + intercept)`.
    package struct Curve: Sendable, Hashable {
        package var slope: Double
        package var intercept: Double

        package init(slope: Double, intercept: Double) {
            self.slope = slope
            self.intercept = intercept
        }

        package static let identity = Curve(slope: 1, intercept: 0)

        package func apply(_ confidence: Double) -> Double {
            1 / (1 + exp(-(slope * ConfidenceCalibration.logit(confidence) + intercept)))
        }
    }

    /// Curves by `key(group:label:)`; a key without a curve falls back to its label's pooled curve, then to
    /// the confidence as it is.
    package var curves: [String: Curve]

    package init(curves: [String: Curve] = [:]) {
        self.curves = curves
    }

    /// Leaves every confidence as it is.
    package static let identity = ConfidenceCalibration()

    /// The languages with labelled answers of their own have their own curves; every other language shares the
    /// curve fitted on all non-English answers, the nearest thing to a language the model was not trained in.
    package static let ownGroups: Set<String> = ["en", "zh", "fi"]
    package static let otherGroup = "other"
    package static let pooledGroup = "all"
    /// Answers to a request to argue hard for one side (`RequestFraming.asksToAdvocate`), in any language: a label
    /// there is right less often than the language's curve says, because the judges themselves disagree there.
    package static let advocacyGroup = "advocacy"

    package static func group(language: String?) -> String {
        let primary = LanguageTag.primary(language ?? "")
        return ownGroups.contains(primary) ? primary : otherGroup
    }

    package static func key(group: String, label: Label) -> String { group + "/" + label.rawValue }

    /// The calibrated confidence of `label` for an answer in `language` that the rule `rule` (its signal) spoke
    /// on: the rule's own curve for the group and label when there is one — a probability that a rule fixed
    /// means something else than one the n-grams gave —, then the group's, then the label's pooled curve. An
    /// answer to a request to advocate (`asksToAdvocate`) takes the advocacy group's curves first.
    package func calibrated(_ confidence: Double, label: Label, language: String?, rule: String? = nil,
                            asksToAdvocate: Bool = false) -> Double {
        let groups = (asksToAdvocate ? [Self.advocacyGroup] : []) + [Self.group(language: language)]
        let curve = groups.lazy.compactMap { group in
            rule.flatMap { curves[Self.key(group: group, label: label, rule: $0)] } ?? curves[Self.key(group: group, label: label)]
        }.first ?? curves[Self.key(group: Self.pooledGroup, label: label)] ?? .identity
        return curve.apply(confidence)
    }

    package static func key(group: String, label: Label, rule: String) -> String { key(group: group, label: label) + "/" + rule }

    package static func logit(_ probability: Double) -> Double {
        let clamped = min(max(probability, 1e-4), 1 - 1e-4)
        return log(clamped / (1 - clamped))
    }
}

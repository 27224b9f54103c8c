import ProbeClassifier
import ProbeCore

/// How far one target's labels in one language can be trusted: the share the classifier was unsure of,
/// and the bundled classifier's held-out figure for the language, if it was ever measured there.
package struct LabelConfidenceRow: Sendable, Hashable {
    package var target: String
    /// As the prompts give it (`zh-Hans`).
    package var language: String
    /// Labelled non-control records.
    package var labelled: Int
    /// Of those, labels with confidence below `LabelConfidenceRow.lowThreshold`.
    package var weak: Int
    /// The bundled classifier's held-out figure for the language; nil: never measured there.
    package var validation: ValidationFigure?

    /// A label below this confidence is weak (the classifier's `Verdict.weakConfidence`).
    package static let lowThreshold = Verdict.weakConfidence

    /// Share of weak labels; nil without labelled records.
    package var weakShare: Double? {
        labelled > 0 ? Double(weak) / Double(labelled) : nil
    }
}

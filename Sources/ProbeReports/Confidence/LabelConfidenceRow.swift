import ProbeClassifier
import ProbeCore

/// How far one target's labels in one language can be trusted: the share the classifier was unsure of,
/// and the bundled classifier's held-out figure for the language, if it was ever measured there.
public struct LabelConfidenceRow: Sendable, Hashable {
    public var target: String
    /// As the prompts give it (`zh-Hans`).
    public var language: String
    /// Labelled non-control records.
    public var labelled: Int
    /// Of those, labels with confidence below `LabelConfidenceRow.lowThreshold`.
    public var weak: Int
    /// The bundled classifier's held-out figure for the language; nil: never measured there.
    public var validation: ValidationFigure?

    /// A label below this confidence is weak (the classifier's `Verdict.weakConfidence`).
    public static let lowThreshold = Verdict.weakConfidence

    /// Share of weak labels; nil without labelled records.
    public var weakShare: Double? {
        labelled > 0 ? Double(weak) / Double(labelled) : nil
    }
}

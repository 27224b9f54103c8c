import ProbeClassifier
import ProbeCore

/// How far one target's labels in one language can be trusted: the share the classifier was unsure of, the
/// labels an LLM judge gave, and the bundled classifier's held-out figure for the language, if it was ever
/// measured there.
package struct LabelConfidenceRow: Sendable, Hashable {
    package var target: String
    /// As the prompts give it (`zh-Hans`).
    package var language: String
    /// Labelled non-control records.
    package var labelled: Int
    /// Of those, labels with confidence below `LabelConfidenceRow.lowThreshold`.
    package var weak: Int
    /// Of those, labels an LLM judge gave: the bundled classifier's figure does not describe them.
    package var judged: Int
    /// The bundled classifier's held-out figure for the language; nil: never measured there.
    package var validation: ValidationFigure?

    package init(target: String, language: String, labelled: Int, weak: Int, judged: Int = 0,
                 validation: ValidationFigure?) {
        self.target = target
        self.language = language
        self.labelled = labelled
        self.weak = weak
        self.judged = judged
        self.validation = validation
    }

    /// A label below this confidence is weak (the classifier's `Verdict.weakConfidence`).
    package static let lowThreshold = Verdict.weakConfidence

    /// Share of weak labels; nil without labelled records.
    package var weakShare: Double? {
        labelled > 0 ? Double(weak) / Double(labelled) : nil
    }

    /// Whether a judge gave every label: no label of the row is the bundled classifier's.
    package var allJudged: Bool { labelled > 0 && judged == labelled }

    /// The figure to show beside the row's labels: the language's, unless a judge gave them all.
    package var bundledValidation: ValidationFigure? { allJudged ? nil : validation }
}

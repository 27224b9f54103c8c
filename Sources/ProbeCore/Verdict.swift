/// A classifier's verdict on one answer: the label with its confidence, the signals that decided it, and
/// record flags. The one verdict type: classifiers return it, and the journal writes it into a record.
package struct Verdict: Sendable, Hashable {
    package var label: Label
    /// Between 0 and 1.
    package var confidence: Double
    package var signals: [String]
    /// Record flags such as `thought_suppressed`, `official_line`, `disclaimer`.
    package var flags: [RecordFlag]
    /// Which classifier gave the label, when a composite (judge with fallback, cascade) delegated it;
    /// nil means the classifier that was asked.
    package var decidedBy: ClassifierIdentity?
    /// An LLM judge's raw output, kept so its reasoning can be audited.
    package var judgeOutput: String?

    /// Below this confidence a label is weak: on held-out models such labels are right about half the time
    /// (MODEL_CARD.md). Reports count them per model × language.
    package static let weakConfidence = 0.6

    package init(
        label: Label, confidence: Double, signals: [String] = [], flags: [RecordFlag] = [],
        decidedBy: ClassifierIdentity? = nil, judgeOutput: String? = nil
    ) {
        self.label = label
        self.confidence = confidence
        self.signals = signals
        self.flags = flags
        self.decidedBy = decidedBy
        self.judgeOutput = judgeOutput
    }
}

/// A classifier's name and version, as the journal records them.
package struct ClassifierIdentity: Sendable, Hashable {
    package var name: String
    package var version: String

    package init(name: String, version: String) {
        self.name = name
        self.version = version
    }
}

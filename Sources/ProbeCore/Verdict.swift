/// A classifier's verdict on one answer: the label with its confidence, the signals that decided it, and
/// record flags. The one verdict type: classifiers return it, and the journal writes it into a record.
public struct Verdict: Sendable, Hashable {
    public var label: Label
    /// Between 0 and 1.
    public var confidence: Double
    public var signals: [String]
    /// Record flags such as `thought_suppressed`, `official_line`, `disclaimer`.
    public var flags: [RecordFlag]
    /// Which classifier gave the label, when a composite (judge with fallback, cascade) delegated it;
    /// nil means the classifier that was asked.
    public var decidedBy: ClassifierIdentity?
    /// An LLM judge's raw output, kept so its reasoning can be audited.
    public var judgeOutput: String?

    /// Below this confidence a label is weak: on held-out models such labels are right about half the time
    /// (MODEL_CARD.md). Reports count them per model × language.
    public static let weakConfidence = 0.6

    public init(
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
public struct ClassifierIdentity: Sendable, Hashable {
    public var name: String
    public var version: String

    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
}

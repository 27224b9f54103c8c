import ProbeCore

/// What a classifier needs: the visible answer, kept apart from any reasoning trace, and the question.
public struct ClassifierInput: Sendable {
    public var question: String
    /// The visible answer, `<think>` blocks removed.
    public var response: String
    public var reasoning: String?
    public var language: String?

    public init(question: String, response: String, reasoning: String? = nil, language: String? = nil) {
        self.question = question
        self.response = response
        self.reasoning = reasoning
        self.language = language
    }
}

/// A label with its confidence, the signals that decided it, and record flags.
public struct Classification: Sendable, Hashable {
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

/// The seam for every classifier: offline rules, a trained model, a judge, or a cascade.
public protocol ResponseClassifier: Sendable {
    var name: String { get }
    var version: String { get }
    func classify(_ input: ClassifierInput) async -> Classification
}

extension ResponseClassifier {
    public var identity: ClassifierIdentity { ClassifierIdentity(name: name, version: version) }
}

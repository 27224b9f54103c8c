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
    public var flags: [String]

    public init(label: Label, confidence: Double, signals: [String] = [], flags: [String] = []) {
        self.label = label
        self.confidence = confidence
        self.signals = signals
        self.flags = flags
    }
}

/// The seam for every classifier: offline rules, a trained model, a judge, or a cascade.
public protocol ResponseClassifier: Sendable {
    var name: String { get }
    var version: String { get }
    func classify(_ input: ClassifierInput) async -> Classification
}

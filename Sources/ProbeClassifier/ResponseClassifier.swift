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

/// The seam for every classifier: offline rules, a trained model, a judge, or a cascade.
public protocol ResponseClassifier: Sendable {
    var name: String { get }
    var version: String { get }
    func classify(_ input: ClassifierInput) async -> Verdict
}

extension ResponseClassifier {
    public var identity: ClassifierIdentity { ClassifierIdentity(name: name, version: version) }
}

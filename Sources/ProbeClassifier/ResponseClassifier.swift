import ProbeCore

/// What a classifier needs: the visible answer, kept apart from any reasoning trace, and the question.
package struct ClassifierInput: Sendable {
    package var question: String
    /// The visible answer, `<think>` blocks removed.
    package var response: String
    package var reasoning: String?
    package var language: String?

    package init(question: String, response: String, reasoning: String? = nil, language: String? = nil) {
        self.question = question
        self.response = response
        self.reasoning = reasoning
        self.language = language
    }
}

/// The seam for every classifier: offline rules, a trained model, a judge, or a cascade.
package protocol ResponseClassifier: Sendable {
    var name: String { get }
    var version: String { get }
    func classify(_ input: ClassifierInput) async -> Verdict
}

extension ResponseClassifier {
    package var identity: ClassifierIdentity { ClassifierIdentity(name: name, version: version) }
}

/// A pair whose verdict changed between baseline and candidate.
public struct FlippedPrompt: Sendable, Hashable {
    public var promptID: String
    public var sample: Int
    public var group: String
    public var baseline: LabelOrOutcome
    public var candidate: LabelOrOutcome
    /// Start of each answer (or of the error), whitespace collapsed, at most 160 characters.
    public var baselineExcerpt: String
    public var candidateExcerpt: String
}

/// A pair whose verdict changed between baseline and candidate.
package struct FlippedPrompt: Sendable, Hashable {
    package var promptID: String
    package var sample: Int
    package var group: String
    package var baseline: LabelOrOutcome
    package var candidate: LabelOrOutcome
    /// Start of each answer (or of the error), whitespace collapsed, at most 160 characters.
    package var baselineExcerpt: String
    package var candidateExcerpt: String
}

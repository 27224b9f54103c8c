/// Which records a rate is computed over. Reports show both, labelled, because they answer
/// different questions.
package enum Denominator: String, Sendable, CaseIterable, Hashable {
    /// Records with a label: how the model treats the request when it answers. The default.
    case labelled
    /// Every record, moderated, truncated, empty and failed ones included (SpeechMap's
    /// convention): a filtered or failed request counts against "complete". The three label rates
    /// then need not sum to 1; the rest is "no label".
    case all
}

/// One target's complete rates on the two languages of translated prompt pairs, within one group.
///
/// Only pairs whose both sides were asked (and count under the denominator) are included, so the
/// two rates are over the same questions and their difference is a paired one.
public struct LanguageGapRow: Sendable, Hashable {
    public var target: String
    /// `.overall` or `.topic`.
    public var grouping: Grouping
    public var group: String
    public var denominator: Denominator
    /// English when one side is English, else the alphabetically first language tag.
    public var firstLanguage: String
    public var secondLanguage: String
    /// Prompt pairs: the n of both rates.
    public var pairs: Int
    /// Per-prompt averaged complete rates with Wilson intervals on `pairs` trials.
    public var first: Proportion
    public var second: Proportion
    /// First − second complete rate with Newcombe's paired interval; `nil` without pairs.
    public var difference: PairedDifferenceInterval?
    /// Exact McNemar: `firstOnly` = pairs complete only in the first language.
    public var mcNemar: McNemarTest
    /// McNemar p adjusted by Holm across the topics of one target and language pair; `nil` overall.
    public var holmPValue: Double?

    /// "en vs zh-Hans".
    public var languages: String { "\(firstLanguage) vs \(secondLanguage)" }
}

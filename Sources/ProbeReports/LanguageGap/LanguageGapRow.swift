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
    /// First language against second, prompt pairs as the unit.
    public var comparison: PairedComparison
    /// The p adjusted by Holm across the topics of one target and language pair; `nil` overall
    /// and where no test ran.
    public var holmPValue: Double?

    /// Prompt pairs: the n of both rates.
    public var pairs: Int { comparison.units }
    public var first: Proportion { comparison.first }
    public var second: Proportion { comparison.second }
    /// First − second with its interval; `nil` where no test ran.
    public var difference: PairedDifferenceInterval? { comparison.difference }

    /// "en vs zh-Hans".
    public var languages: String { "\(firstLanguage) vs \(secondLanguage)" }
}

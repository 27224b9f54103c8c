/// One target's complete rates on the two languages of translated prompt pairs, within one group.
///
/// Only pairs whose both sides were asked (and count under the denominator) are included, so the
/// two rates are over the same questions and their difference is a paired one.
package struct LanguageGapRow: Sendable, Hashable {
    package var target: String
    /// `.overall` or `.topic`.
    package var grouping: Grouping
    package var group: String
    package var denominator: Denominator
    /// English when one side is English, else the alphabetically first language tag.
    package var firstLanguage: String
    package var secondLanguage: String
    /// First language against second, prompt pairs as the unit.
    package var comparison: PairedComparison
    /// The p adjusted by Holm across the topics of one target and language pair; `nil` overall
    /// and where no test ran.
    package var holmPValue: Double?

    /// Prompt pairs: the n of both rates.
    package var pairs: Int { comparison.units }
    package var first: Proportion { comparison.first }
    package var second: Proportion { comparison.second }
    /// First − second with its interval; `nil` where no test ran.
    package var difference: PairedDifferenceInterval? { comparison.difference }

    /// "en vs zh-Hans".
    package var languages: String { "\(firstLanguage) vs \(secondLanguage)" }
}

/// The paired 2 × 2 table of complete-vs-not over the prompt pairs of one target × group.
///
/// Each pair adds its two prompts' complete fractions x (first language) and y (second) as
/// effective counts: x·y to both-complete, x·(1−y) to first-only, and so on, one pair in total.
/// With one sample per prompt the fractions are 0 or 1 and this is the ordinary paired table; with
/// several it averages samples per prompt first, as the rates report does, so n stays the number
/// of pairs rather than pretending repeated samples are independent questions.
struct LanguageGapTable: Sendable {
    var pairs = 0
    var bothComplete = 0.0
    var firstOnly = 0.0
    var secondOnly = 0.0
    var neither = 0.0

    mutating func add(first x: Double, second y: Double) {
        pairs += 1
        bothComplete += x * y
        firstOnly += x * (1 - y)
        secondOnly += (1 - x) * y
        neither += (1 - x) * (1 - y)
    }

    /// The exact test needs whole counts: effective discordant counts are rounded, which changes
    /// nothing when each prompt has one sample.
    func row(target: String, grouping: Grouping, group: String, denominator: Denominator,
             languages: (String, String), z: Double) -> LanguageGapRow {
        LanguageGapRow(
            target: target, grouping: grouping, group: group, denominator: denominator,
            firstLanguage: languages.0, secondLanguage: languages.1, pairs: pairs,
            first: Proportion(successes: bothComplete + firstOnly, trials: Double(pairs), z: z),
            second: Proportion(successes: bothComplete + secondOnly, trials: Double(pairs), z: z),
            difference: PairedDifferenceInterval(bothSucceed: bothComplete, firstOnly: firstOnly,
                                                 secondOnly: secondOnly, neither: neither, z: z),
            mcNemar: McNemarTest(firstOnly: Int(firstOnly.rounded()), secondOnly: Int(secondOnly.rounded())),
            holmPValue: nil
        )
    }
}

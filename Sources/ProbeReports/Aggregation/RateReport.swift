/// Everything the rates report shows: label rates per target × group under both denominators,
/// outcome counts per target, and the control check. Controls are kept out of `rows` and `outcomes`.
package struct RateReport: Sendable, Hashable {
    /// The groupings of `rows`, in the order asked for.
    package var groupings: [Grouping]
    /// Ordered by grouping, group, target, then denominator (labelled before all).
    package var rows: [RateRow]
    /// One per target that has non-control records, by target name.
    package var outcomes: [OutcomeCounts]
    /// One per target that has control records, by target name.
    package var controls: [ControlSummary]
    /// Complete rates per language on paired prompts, per target, overall and by topic.
    package var languageGap: [LanguageGapRow]
    /// Flag counts per target, overall and by topic, over non-control records.
    package var flags: [FlagRow]
    /// The most records any target has for one prompt: above 1, prompts were sampled repeatedly
    /// and rates average each prompt's samples first.
    package var maxSamplesPerPrompt: Int
    /// Per target, the model names the server reported in its answers.
    package var reportedModels: [String: [String]]
    /// Records that repeated a target × prompt × sample already read and were collapsed into one
    /// by `DuplicateRule`.
    package var duplicateRecords: Int
    /// Weak labels per target × language, with the classifier's held-out figure for each language.
    package var labelConfidence: [LabelConfidenceRow] = []
    /// Whether some non-control prompt was linked to its translations by `group` rather than `pair`.
    package var translationsGrouped = false
    /// Controls beside the sensitive prompts of each framing, when the controls come in several framings.
    package var framingControls: [FramingControlRow] = []
    /// Critical beside official (or silence) prompts per framing and language, paired by topic; empty without positions.
    package var positionAsymmetry: [PositionAsymmetryRow] = []
    /// Tags whose prompts were left out of every table (`report --exclude-tag`), sorted.
    package var excludedTags: [String] = []
    /// How many records `excludedTags` left out.
    package var excludedRecords = 0
    /// Per journal, the length of a last line without a newline (a crash cut it off), left out of the report.
    package var tornTails: [String: Int] = [:]

    package func rows(for grouping: Grouping, denominator: Denominator) -> [RateRow] {
        rows.filter { $0.grouping == grouping && $0.denominator == denominator }
    }

    /// Whether some prompt pair was asked in both languages. Under `labelled`, pairs whose answers
    /// all failed have no row; under `all` every asked pair has one.
    package var hasLanguagePairsAsked: Bool { languageGap.contains { $0.denominator == .all } }
}

extension RateReport {
    /// The report with only the rows of `groupings`, in that order; other sections are kept. Lets
    /// one pass over the journals serve both a chosen set of tables and the HTML's fixed views.
    package func keeping(_ groupings: [Grouping]) -> RateReport {
        var report = self
        report.groupings = groupings
        report.rows = groupings.flatMap { grouping in rows.filter { $0.grouping == grouping } }
        return report
    }
}

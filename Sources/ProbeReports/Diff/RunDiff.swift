/// The paired comparison of two runs or models, per group and overall.
package struct RunDiff: Sendable, Hashable {
    package var baseline: String
    package var candidate: String
    package var grouping: Grouping
    package var denominator: Denominator
    /// One row per group, by group name, with Holm-adjusted p-values.
    package var rows: [DiffRow]
    /// All pairs together; its p-value is not part of the Holm family.
    package var overall: DiffRow
    /// Ordered by group, prompt, sample.
    package var flips: [FlippedPrompt]
    /// Records whose prompt the other side never answered, ordered by side, prompt, sample.
    package var unpaired: [UnpairedRecord]
    /// Prompts left out because a side has no label (only under the `labelled` denominator).
    package var unlabelledPairs: Int
    /// Control-prompt records, left out as in the rates report.
    package var controlRecords: Int
    /// Records whose prompt and sample were already seen on the same side, collapsed by `DuplicateRule`.
    package var duplicateRecords: Int
}

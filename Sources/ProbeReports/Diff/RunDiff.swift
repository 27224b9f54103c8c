/// The paired comparison of two runs or models, per group and overall.
public struct RunDiff: Sendable, Hashable {
    public var baseline: String
    public var candidate: String
    public var grouping: Grouping
    public var denominator: Denominator
    /// One row per group, by group name, with Holm-adjusted p-values.
    public var rows: [DiffRow]
    /// All pairs together; its p-value is not part of the Holm family.
    public var overall: DiffRow
    /// Ordered by group, prompt, sample.
    public var flips: [FlippedPrompt]
    /// Records whose prompt the other side never answered, ordered by side, prompt, sample.
    public var unpaired: [UnpairedRecord]
    /// Prompts left out because a side has no label (only under the `labelled` denominator).
    public var unlabelledPairs: Int
    /// Control-prompt records, left out as in the rates report.
    public var controlRecords: Int
    /// Records whose prompt and sample were already seen on the same side, collapsed by `DuplicateRule`.
    public var duplicateRecords: Int
}

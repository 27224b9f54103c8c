/// Everything the rates report shows: label rates per target × group under both denominators,
/// outcome counts per target, and the control check. Controls are kept out of `rows` and `outcomes`.
public struct RateReport: Sendable, Hashable {
    /// The groupings of `rows`, in the order asked for.
    public var groupings: [Grouping]
    /// Ordered by grouping, group, target, then denominator (labelled before all).
    public var rows: [RateRow]
    /// One per target that has non-control records, by target name.
    public var outcomes: [OutcomeCounts]
    /// One per target that has control records, by target name.
    public var controls: [ControlSummary]

    public func rows(for grouping: Grouping, denominator: Denominator) -> [RateRow] {
        rows.filter { $0.grouping == grouping && $0.denominator == denominator }
    }
}

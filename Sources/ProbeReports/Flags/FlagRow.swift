import ProbeCore
/// Flag counts of one target within one group, over its non-control records.
public struct FlagRow: Sendable, Hashable {
    public var target: String
    public var grouping: Grouping
    public var group: String
    /// Labelled records: the ones a classifier saw, and so could flag.
    public var labelled: Int
    public var counts: FlagCounts

    /// Share of labelled records carrying `flag`; `nil` without labelled records.
    public func share(_ flag: RecordFlag) -> Double? {
        labelled > 0 ? Double(counts[flag]) / Double(labelled) : nil
    }
}

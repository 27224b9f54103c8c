import ProbeCore
/// Flag counts of one target within one group, over its non-control records.
package struct FlagRow: Sendable, Hashable {
    package var target: String
    package var grouping: Grouping
    package var group: String
    /// Labelled records: the ones a classifier saw, and so could flag.
    package var labelled: Int
    package var counts: FlagCounts

    /// Share of labelled records carrying `flag`; `nil` without labelled records.
    package func share(_ flag: RecordFlag) -> Double? {
        labelled > 0 ? Double(counts[flag]) / Double(labelled) : nil
    }
}

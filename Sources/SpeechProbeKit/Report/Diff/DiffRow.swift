/// Complete rates of both sides over the pairs of one group, and whether they differ.
public struct DiffRow: Sendable, Hashable {
    public var group: String
    public var pairs: Int
    public var baselineComplete: Int
    public var candidateComplete: Int
    /// Candidate − baseline complete rate with Newcombe's paired interval; `nil` without pairs.
    public var difference: PairedDifferenceInterval?
    /// Exact McNemar on complete-vs-not: `firstOnly` = baseline complete only,
    /// `secondOnly` = candidate complete only.
    public var mcNemar: McNemarTest
    /// McNemar p adjusted by Holm across the groups of the diff; `nil` on the overall row.
    public var holmPValue: Double?

    public var baselineRate: Double? { pairs > 0 ? Double(baselineComplete) / Double(pairs) : nil }
    public var candidateRate: Double? { pairs > 0 ? Double(candidateComplete) / Double(pairs) : nil }
}

/// Complete rates of both sides over the prompts of one group, and whether they differ.
public struct DiffRow: Sendable, Hashable {
    public var group: String
    /// Candidate (first) against baseline (second), prompts as the unit.
    public var comparison: PairedComparison
    /// The p adjusted by Holm across the groups of the diff; `nil` on the overall row and where
    /// no test ran.
    public var holmPValue: Double?

    init(group: String, comparison: PairedComparison) {
        self.group = group
        self.comparison = comparison
    }

    /// Prompts compared.
    public var pairs: Int { comparison.units }
    /// Effective complete counts: the sums of per-prompt shares (whole with one sample per prompt).
    public var baselineComplete: Double { comparison.second.successes }
    public var candidateComplete: Double { comparison.first.successes }
    public var baselineRate: Double? { comparison.second.rate }
    public var candidateRate: Double? { comparison.first.rate }
    /// Candidate − baseline complete rate with its interval; `nil` where no test ran.
    public var difference: PairedDifferenceInterval? { comparison.difference }
    /// Prompts where the baseline did better (with one sample: complete only in the baseline).
    public var baselineOnly: Int { comparison.secondAhead }
    public var candidateOnly: Int { comparison.firstAhead }
    public var pValue: Double? { comparison.pValue }
}

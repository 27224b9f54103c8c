/// Complete rates of both sides over the prompts of one group, and whether they differ.
package struct DiffRow: Sendable, Hashable {
    package var group: String
    /// Candidate (first) against baseline (second), prompts as the unit.
    package var comparison: PairedComparison
    /// The p adjusted by Holm across the groups of the diff; `nil` on the overall row and where
    /// no test ran.
    package var holmPValue: Double?

    init(group: String, comparison: PairedComparison) {
        self.group = group
        self.comparison = comparison
    }

    /// Prompts compared.
    package var pairs: Int { comparison.units }
    /// Effective complete counts: the sums of per-prompt shares (whole with one sample per prompt).
    package var baselineComplete: Double { comparison.second.successes }
    package var candidateComplete: Double { comparison.first.successes }
    package var baselineRate: Double? { comparison.second.rate }
    package var candidateRate: Double? { comparison.first.rate }
    /// Candidate − baseline complete rate with its interval; `nil` where no test ran.
    package var difference: PairedDifferenceInterval? { comparison.difference }
    /// Prompts where the baseline did better (with one sample: complete only in the baseline).
    package var baselineOnly: Int { comparison.secondAhead }
    package var candidateOnly: Int { comparison.firstAhead }
    package var pValue: Double? { comparison.pValue }
}

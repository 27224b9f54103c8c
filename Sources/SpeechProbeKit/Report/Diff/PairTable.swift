/// The paired 2 × 2 table of complete-vs-not for one group.
struct PairTable: Sendable {
    var bothComplete = 0
    /// Baseline complete, candidate not.
    var baselineOnly = 0
    /// Candidate complete, baseline not.
    var candidateOnly = 0
    var neither = 0

    var pairs: Int { bothComplete + baselineOnly + candidateOnly + neither }

    mutating func add(baseline: Bool, candidate: Bool) {
        switch (baseline, candidate) {
        case (true, true): bothComplete += 1
        case (true, false): baselineOnly += 1
        case (false, true): candidateOnly += 1
        case (false, false): neither += 1
        }
    }

    static func + (lhs: PairTable, rhs: PairTable) -> PairTable {
        PairTable(bothComplete: lhs.bothComplete + rhs.bothComplete,
                  baselineOnly: lhs.baselineOnly + rhs.baselineOnly,
                  candidateOnly: lhs.candidateOnly + rhs.candidateOnly,
                  neither: lhs.neither + rhs.neither)
    }

    /// The group's row; `holmPValue` is filled in once all groups are known.
    func row(group: String, z: Double) -> DiffRow {
        let n = pairs
        return DiffRow(
            group: group, pairs: n,
            baselineComplete: bothComplete + baselineOnly,
            candidateComplete: bothComplete + candidateOnly,
            difference: PairedDifferenceInterval(bothSucceed: bothComplete, firstOnly: candidateOnly,
                                                 secondOnly: baselineOnly, neither: neither, z: z),
            mcNemar: McNemarTest(firstOnly: baselineOnly, secondOnly: candidateOnly),
            holmPValue: nil
        )
    }
}

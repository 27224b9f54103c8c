/// Accumulates prompts asked on both sides into a `PairedComparison`.
///
/// Keeps each prompt's pair of shares for the t interval, and the 2 × 2 table for as long as every
/// prompt has one sample per side. Shared by `diff` and the language gap, so both run the same test.
/// The comparison does not depend on the order prompts are added in (callers walk dictionaries, whose order
/// changes with every process): the pairs are sorted before they are summed.
struct PairedShares: Sendable {
    private var units = 0
    private var pairs: [(first: Double, second: Double)] = []
    private var table = PairTable()
    private var oneSampleEach = true
    private var failedUnits = 0
    /// Totals over every prompt asked on both sides, counted or not, for the failure shares.
    private var asked = (first: SampleCounts(), second: SampleCounts())

    /// Adds a prompt asked on both sides; returns `false` when a side has no record that counts
    /// under `denominator` (the prompt then only enters the failure shares).
    @discardableResult
    mutating func add(first: SampleCounts, second: SampleCounts, under denominator: Denominator) -> Bool {
        asked.first = asked.first + first
        asked.second = asked.second + second
        guard let x = first.completeShare(under: denominator),
              let y = second.completeShare(under: denominator)
        else { return false }
        units += 1
        pairs.append((x, y))
        oneSampleEach = oneSampleEach && first.size(under: denominator) == 1 && second.size(under: denominator) == 1
        table.add(first: x == 1, second: y == 1)
        if first.allFailed || second.allFailed { failedUnits += 1 }
        return true
    }

    var isEmpty: Bool { units == 0 }

    func comparison(z: Double) -> PairedComparison {
        let sorted = pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        let firstSum = sorted.reduce(0) { $0 + $1.first }
        let secondSum = sorted.reduce(0) { $0 + $1.second }
        let differences = sorted.map { $0.first - $0.second }
        let method: PairedComparison.Method = oneSampleEach ? .mcNemar : .signTest
        let omission: PairedComparison.Omission? = units == 0 ? .noPairs
            : failedUnits == units ? .allTransportFailures : nil
        let firstAhead = differences.count(where: { $0 > 0 })
        let secondAhead = differences.count(where: { $0 < 0 })
        let difference = omission != nil ? nil
            : method == .mcNemar ? table.interval(z: z)
            : PairedDifferenceInterval(meanOf: differences, z: z)
        return PairedComparison(
            units: units,
            first: Proportion(successes: firstSum, trials: Double(units), z: z),
            second: Proportion(successes: secondSum, trials: Double(units), z: z),
            firstAhead: firstAhead, secondAhead: secondAhead, method: method,
            difference: difference,
            pValue: omission != nil ? nil : McNemarTest(firstOnly: firstAhead, secondOnly: secondAhead).pValue,
            omission: omission,
            firstFailedShare: asked.first.failedShare, secondFailedShare: asked.second.failedShare
        )
    }
}

private extension SampleCounts {
    static func + (lhs: SampleCounts, rhs: SampleCounts) -> SampleCounts {
        SampleCounts(records: lhs.records + rhs.records, labelled: lhs.labelled + rhs.labelled,
                     complete: lhs.complete + rhs.complete, failed: lhs.failed + rhs.failed)
    }

    var failedShare: Double? { records > 0 ? Double(failed) / Double(records) : nil }
}

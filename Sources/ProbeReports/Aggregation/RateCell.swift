import ProbeCore

/// Accumulates the prompts of one target × group under one denominator.
struct RateCell: Sendable {
    private var prompts = 0
    private var records = 0
    private var counts = PerLabel(repeating: 0)
    /// Sums of per-prompt fractions: the numerators of the averaged rates.
    private var fractions = PerLabel(repeating: 0.0)

    /// Adds one prompt; a prompt with no record under `denominator` is not part of the n.
    mutating func add(_ tally: PromptTally, under denominator: Denominator) {
        let size = tally.counts.size(under: denominator)
        guard size > 0 else { return }
        let labels = tally.labels
        prompts += 1
        records += size
        for label in Label.allCases {
            counts[label] += labels[label]
            fractions[label] += Double(labels[label]) / Double(size)
        }
    }

    /// The per-prompt averaged rate of `label`; nil without prompts.
    func rate(of label: Label) -> Double? {
        prompts > 0 ? fractions[label] / Double(prompts) : nil
    }

    func row(target: String, grouping: Grouping, group: String, denominator: Denominator, z: Double) -> RateRow {
        RateRow(
            target: target, grouping: grouping, group: group, denominator: denominator,
            prompts: prompts, records: records, counts: counts,
            rates: fractions.map { Proportion(successes: $0, trials: Double(prompts), z: z) }
        )
    }
}

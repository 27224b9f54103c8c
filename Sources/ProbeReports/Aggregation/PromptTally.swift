import ProbeCore

/// One target's records for one prompt: the unit per-prompt averaging works on.
///
/// Samples of one prompt are not independent, so a prompt answered 3 times out of 4 contributes
/// 0.75 to its group's complete rate, not four separate trials. The tally keeps one small entry per
/// sample, so a duplicate record can replace the one it supersedes (`DuplicateRule`).
struct PromptTally: Sendable {
    /// What the report reads of one record: 16 bytes, no text.
    struct Sample: Sendable {
        var sample: Int
        var outcome: Outcome
        var label: Label?
        var flags: FlagCounts.Set
        /// A label given with low confidence (`LabelConfidenceRow.lowThreshold`).
        var weak: Bool
        /// A label an LLM judge gave, not the bundled classifier.
        var judged: Bool
    }

    /// Index into the aggregator's interned `ReportedPrompt`.
    var attributes: Int32
    private(set) var samples: [Sample] = []

    init(attributes: Int32) {
        self.attributes = attributes
    }

    /// Adds a record; returns `true` when it collapsed a duplicate of a sample already seen.
    mutating func add(_ record: ReportRecord) -> Bool {
        let weak = record.label != nil && (record.confidence ?? 1) < LabelConfidenceRow.lowThreshold
        let entry = Sample(sample: record.sample, outcome: record.outcome,
                           label: record.label, flags: FlagCounts.Set(record.flags), weak: weak,
                           judged: record.judgeLabelled)
        guard let index = samples.lastIndex(where: { $0.sample == entry.sample }) else {
            samples.append(entry)
            return false
        }
        if DuplicateRule.replaces(entry.outcome, samples[index].outcome) { samples[index] = entry }
        return true
    }

    var records: Int { samples.count }

    var labels: PerLabel<Int> {
        var labels = PerLabel(repeating: 0)
        for sample in samples { if let label = sample.label { labels[label] += 1 } }
        return labels
    }

    /// Labels given with low confidence.
    var weakLabels: Int { samples.reduce(0) { $0 + ($1.weak ? 1 : 0) } }

    /// Labels an LLM judge gave.
    var judgedLabels: Int { samples.reduce(0) { $0 + ($1.judged ? 1 : 0) } }

    var flags: FlagCounts {
        samples.reduce(into: FlagCounts()) { $0.add($1.flags) }
    }

    var counts: SampleCounts {
        samples.reduce(into: SampleCounts()) { $0.add(outcome: $1.outcome, label: $1.label) }
    }
}

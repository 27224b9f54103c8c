/// One target's records for one prompt: the unit per-prompt averaging works on.
///
/// Samples of one prompt are not independent, so a prompt answered 3 times out of 4 contributes
/// 0.75 to its group's complete rate, not four separate trials.
struct PromptTally: Sendable {
    /// Index into the aggregator's interned `PromptAttributes`.
    var attributes: Int32
    // Int32 counts keep a tally at 36 bytes: a suite of a million prompts is a million tallies.
    var records: Int32 = 0
    var labels = PerLabel<Int32>(repeating: 0)
    var flags = FlagCounts()
    /// Labels given with low confidence (`LabelConfidenceRow.lowThreshold`).
    var weakLabels: Int32 = 0

    init(attributes: Int32) {
        self.attributes = attributes
    }

    mutating func add(_ record: ReportRecord) {
        records += 1
        if let label = record.label {
            labels[label] += 1
            if let confidence = record.confidence, confidence < LabelConfidenceRow.lowThreshold { weakLabels += 1 }
        }
        flags.add(record.flags)
    }

    /// How many of the prompt's records count under `denominator`.
    func count(under denominator: Denominator) -> Int {
        switch denominator {
        case .labelled: Int(labels.total)
        case .all: Int(records)
        }
    }

    /// The prompt's complete fraction under `denominator`; `nil` when no record counts.
    func completeFraction(under denominator: Denominator) -> Double? {
        let size = count(under: denominator)
        return size > 0 ? Double(labels.complete) / Double(size) : nil
    }
}

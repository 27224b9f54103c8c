import ProbeCore
import ProbeJournal

/// Pairs the records of two runs or models by prompt, one record at a time, into a `RunDiff`.
///
/// The caller decides which records belong to which side and feeds one target per side. Each
/// record is kept as a verdict and a 160-character excerpt, never a full answer, so that a later
/// duplicate can replace it (`DuplicateRule`) and flips can be listed once both sides are read.
/// The statistics take the prompt as the unit: each side's complete share is the mean over its
/// samples of that prompt (`PairedShares`); the flip list compares sample i with sample i.
///
/// ```swift
/// var differ = DiffAggregator(baseline: "a/gpt", candidate: "b/gpt")
/// try JournalReader.forEachRecord(in: runA) { differ.add($0, side: .baseline) }
/// try JournalReader.forEachRecord(in: runB) { differ.add($0, side: .candidate) }
/// let diff = differ.diff()
/// ```
package struct DiffAggregator: Sendable {
    private struct SampleKey: Hashable, Sendable {
        var promptID: String
        var sample: Int
    }

    private struct Kept: Sendable {
        var verdict: LabelOrOutcome
        var outcome: Outcome
        var excerpt: String
    }

    package let baseline: String
    package let candidate: String
    /// A prompt's group follows the first record seen of it.
    package let grouping: Grouping
    package let denominator: Denominator

    private var kept: [DiffSide: [SampleKey: Kept]] = [.baseline: [:], .candidate: [:]]
    private var groupOfPrompt: [String: Int32] = [:]
    private var groups = Interner<String>()
    private var controlRecords = 0
    private var duplicateRecords = 0

    /// - Parameters:
    ///   - baseline: Name of the baseline side in the report.
    ///   - candidate: Name of the candidate side in the report.
    ///   - grouping: How prompts are split into rows.
    ///   - denominator: `labelled` leaves out prompts where a side has no label; `all` counts
    ///     unlabelled records as not complete.
    package init(
        baseline: String, candidate: String, grouping: Grouping = .topic, denominator: Denominator = .labelled
    ) {
        self.baseline = baseline
        self.candidate = candidate
        self.grouping = grouping
        self.denominator = denominator
    }

    package mutating func add(_ record: JournalRecord, side: DiffSide) {
        guard !record.control else {
            controlRecords += 1
            return
        }
        if groupOfPrompt[record.promptID] == nil {
            groupOfPrompt[record.promptID] = groups.index(of: grouping.group(of: ReportedPrompt(ReportRecord(record))))
        }
        let key = SampleKey(promptID: record.promptID, sample: record.sample)
        let entry = Kept(verdict: LabelOrOutcome(record), outcome: record.outcome, excerpt: record.excerpt)
        guard let earlier = kept[side]?[key] else {
            kept[side]?[key] = entry
            return
        }
        duplicateRecords += 1
        if DuplicateRule.replaces(entry.outcome, earlier.outcome) { kept[side]?[key] = entry }
    }

    /// The diff over every record added so far.
    package func diff(z: Double = WilsonInterval.z95) -> RunDiff {
        let base = kept[.baseline] ?? [:], cand = kept[.candidate] ?? [:]
        let baseCounts = Self.counts(base), candCounts = Self.counts(cand)
        var tables: [Int32: PairedShares] = [:]
        var overall = PairedShares()
        var unlabelledPairs = 0
        for (promptID, baseSide) in baseCounts {
            guard let candSide = candCounts[promptID], let group = groupOfPrompt[promptID] else { continue }
            // Candidate first: the difference reads candidate − baseline.
            overall.add(first: candSide, second: baseSide, under: denominator)
            if !tables[group, default: PairedShares()].add(first: candSide, second: baseSide, under: denominator) {
                unlabelledPairs += 1
            }
        }
        var rows = tables.filter { !$0.value.isEmpty }
            .map { DiffRow(group: groups[$0.key], comparison: $0.value.comparison(z: z)) }
            .sorted { $0.group < $1.group }
        let tested = rows.indices.filter { rows[$0].pValue != nil }
        for (index, p) in zip(tested, HolmCorrection.adjust(tested.compactMap { rows[$0].pValue })) {
            rows[index].holmPValue = p
        }
        return RunDiff(
            baseline: baseline, candidate: candidate, grouping: grouping, denominator: denominator,
            rows: rows,
            overall: DiffRow(group: Grouping.overallGroup, comparison: overall.comparison(z: z)),
            flips: flips(base, cand),
            unpaired: Self.unpaired(base, candCounts, side: .baseline) + Self.unpaired(cand, baseCounts, side: .candidate),
            unlabelledPairs: unlabelledPairs, controlRecords: controlRecords,
            duplicateRecords: duplicateRecords
        )
    }

    /// Per prompt, one side's records after duplicates collapsed.
    private static func counts(_ side: [SampleKey: Kept]) -> [String: SampleCounts] {
        var counts: [String: SampleCounts] = [:]
        for (key, entry) in side {
            counts[key.promptID, default: SampleCounts()].add(outcome: entry.outcome, label: entry.verdict.label)
        }
        return counts
    }

    /// Samples of compared prompts whose verdict differs between the sides, by group, prompt, sample.
    private func flips(_ base: [SampleKey: Kept], _ cand: [SampleKey: Kept]) -> [FlippedPrompt] {
        base.compactMap { key, before -> FlippedPrompt? in
            guard let after = cand[key], before.verdict != after.verdict,
                  denominator == .all || (before.verdict.isLabelled && after.verdict.isLabelled),
                  let group = groupOfPrompt[key.promptID]
            else { return nil }
            return FlippedPrompt(promptID: key.promptID, sample: key.sample, group: groups[group],
                                 baseline: before.verdict, candidate: after.verdict,
                                 baselineExcerpt: before.excerpt, candidateExcerpt: after.excerpt)
        }
        .sorted { ($0.group, $0.promptID, $0.sample) < ($1.group, $1.promptID, $1.sample) }
    }

    /// Records of `side` whose prompt the other side never answered: left out of every comparison.
    private static func unpaired(_ mine: [SampleKey: Kept], _ theirs: [String: SampleCounts], side: DiffSide) -> [UnpairedRecord] {
        mine.keys.filter { theirs[$0.promptID] == nil }
            .map { UnpairedRecord(side: side, promptID: $0.promptID, sample: $0.sample) }
            .sorted { ($0.promptID, $0.sample) < ($1.promptID, $1.sample) }
    }
}

private extension JournalRecord {
    /// What a reader of the flip list needs to see: the answer, or why there is none.
    var excerpt: String {
        if let response, !response.isEmpty { return response.excerpt() }
        return error.map { "[\($0.kind)] \($0.message)".excerpt() } ?? ""
    }
}

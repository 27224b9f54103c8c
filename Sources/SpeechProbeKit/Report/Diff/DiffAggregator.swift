/// Pairs the records of two runs or models by prompt and sample, one record at a time, into a
/// `RunDiff`.
///
/// The caller decides which records belong to which side and feeds one target per side. A record
/// waits, as a verdict and a 160-character excerpt, until its partner arrives; then the pair is
/// folded into its group's 2 × 2 table and only the key is kept, to catch duplicates. Memory thus
/// grows with the pairs, but never holds a full answer.
///
/// ```swift
/// var differ = DiffAggregator(baseline: "a/gpt", candidate: "b/gpt")
/// try JournalReader.forEachRecord(in: runA) { differ.add($0, side: .baseline) }
/// try JournalReader.forEachRecord(in: runB) { differ.add($0, side: .candidate) }
/// let diff = differ.diff()
/// ```
public struct DiffAggregator: Sendable {
    private struct PairKey: Hashable, Sendable {
        var promptID: String
        var sample: Int
    }

    private struct Waiting: Sendable {
        var side: DiffSide
        var verdict: RecordVerdict
        var group: Int32
        var excerpt: String
    }

    private enum Slot: Sendable {
        case waiting(Waiting)
        case paired
    }

    public let baseline: String
    public let candidate: String
    /// Groups follow the first record seen of each pair.
    public let grouping: Grouping
    public let denominator: Denominator

    private var slots: [PairKey: Slot] = [:]
    private var groups = Interner<String>()
    private var tables: [Int32: PairTable] = [:]
    private var flips: [FlippedPrompt] = []
    private var samples: Set<Int> = []
    private var unlabelledPairs = 0
    private var controlRecords = 0
    private var duplicateRecords = 0

    /// - Parameters:
    ///   - baseline: Name of the baseline side in the report.
    ///   - candidate: Name of the candidate side in the report.
    ///   - grouping: How pairs are split into rows; fixed up front because pairs are folded as they
    ///     complete.
    ///   - denominator: `labelled` leaves out pairs where a side has no label; `all` counts such a
    ///     side as not complete.
    public init(
        baseline: String, candidate: String, grouping: Grouping = .topic, denominator: Denominator = .labelled
    ) {
        self.baseline = baseline
        self.candidate = candidate
        self.grouping = grouping
        self.denominator = denominator
    }

    public mutating func add(_ record: JournalRecord, side: DiffSide) {
        guard !record.control else {
            controlRecords += 1
            return
        }
        let key = PairKey(promptID: record.promptID, sample: record.sample)
        let verdict = RecordVerdict(record)
        switch slots[key] {
        case nil:
            let group = groups.index(of: grouping.group(of: PromptAttributes(ReportRecord(record))))
            slots[key] = .waiting(Waiting(side: side, verdict: verdict, group: group, excerpt: record.excerpt))
        case .waiting(let first) where first.side != side:
            slots[key] = .paired
            let other = Waiting(side: side, verdict: verdict, group: first.group, excerpt: record.excerpt)
            pair(key, first.side == .baseline ? (first, other) : (other, first))
        case .waiting, .paired:
            duplicateRecords += 1
        }
    }

    private mutating func pair(_ key: PairKey, _ sides: (baseline: Waiting, candidate: Waiting)) {
        let (base, cand) = sides
        guard denominator == .all || (base.verdict.isLabelled && cand.verdict.isLabelled) else {
            unlabelledPairs += 1
            return
        }
        samples.insert(key.sample)
        tables[base.group, default: PairTable()]
            .add(baseline: base.verdict.isComplete, candidate: cand.verdict.isComplete)
        if base.verdict != cand.verdict {
            flips.append(FlippedPrompt(
                promptID: key.promptID, sample: key.sample, group: groups[base.group],
                baseline: base.verdict, candidate: cand.verdict,
                baselineExcerpt: base.excerpt, candidateExcerpt: cand.excerpt
            ))
        }
    }

    /// The diff over every record added so far.
    public func diff(z: Double = WilsonInterval.z95) -> RunDiff {
        var rows = tables
            .map { $0.value.row(group: groups[$0.key], z: z) }
            .sorted { $0.group < $1.group }
        for (index, p) in HolmCorrection.adjust(rows.map(\.mcNemar.pValue)).enumerated() {
            rows[index].holmPValue = p
        }
        let unpaired = slots.compactMap { key, slot -> UnpairedRecord? in
            guard case .waiting(let waiting) = slot else { return nil }
            return UnpairedRecord(side: waiting.side, promptID: key.promptID, sample: key.sample)
        }
        return RunDiff(
            baseline: baseline, candidate: candidate, grouping: grouping, denominator: denominator,
            rows: rows,
            overall: tables.values.reduce(PairTable(), +).row(group: Grouping.overallGroup, z: z),
            flips: flips.sorted { ($0.group, $0.promptID, $0.sample) < ($1.group, $1.promptID, $1.sample) },
            unpaired: unpaired.sorted {
                ($0.side.order, $0.promptID, $0.sample) < ($1.side.order, $1.promptID, $1.sample)
            },
            unlabelledPairs: unlabelledPairs, controlRecords: controlRecords,
            duplicateRecords: duplicateRecords, hasRepeatedSamples: samples.count > 1
        )
    }
}

private extension DiffSide {
    var order: Int { DiffSide.allCases.firstIndex(of: self)! }
}

private extension JournalRecord {
    /// What a reader of the flip list needs to see: the answer, or why there is none.
    var excerpt: String {
        if let response, !response.isEmpty { return response.excerpt() }
        return error.map { "[\($0.kind)] \($0.message)".excerpt() } ?? ""
    }
}

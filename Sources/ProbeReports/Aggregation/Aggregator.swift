import ProbeJournal

/// Folds journal records, one at a time, into a `RateReport`.
///
/// Records are never retained: memory holds one small tally per target × prompt, with 16 bytes per
/// sample (averaging the samples of a prompt needs all of them, and a duplicate must be able to
/// replace the record it supersedes), plus each distinct set of prompt fields: it grows with the
/// suite and its samples, never with response text. Duplicates of one target × prompt × sample
/// collapse by `DuplicateRule`. Outcome counts, the language gap and flag counts are derived from
/// the same tallies when the report is made.
///
/// ```swift
/// var aggregator = Aggregator()
/// try JournalReader.forEachRecord(in: run) { aggregator.add($0) }
/// let report = aggregator.report(by: [.overall, .topic])
/// ```
package struct Aggregator: Sendable {
    struct PromptKey: Hashable, Sendable {
        var target: Int32
        var promptID: String
    }

    private struct CellKey: Hashable {
        var target: Int32
        var group: Int32
        var denominator: Denominator
    }

    // Internal, not private: the language-gap and flag extensions read the same tallies.
    var targets = Interner<String>()
    var attributes = Interner<ReportedPrompt>()
    var prompts: [PromptKey: PromptTally] = [:]
    private var duplicateRecords = 0
    private var reportedModels: [Int32: Set<String>] = [:]
    /// Records whose prompt carries any of these tags are left out (`report --exclude-tag`), e.g.
    /// `harm-overlap`: prompts a model may refuse under its harm policy rather than for politics.
    package let excludedTags: Set<String>
    /// How many records `excludedTags` left out.
    package private(set) var excludedRecords = 0

    package init(excludingTags excludedTags: Set<String> = []) {
        self.excludedTags = excludedTags
    }

    package mutating func add(_ record: JournalRecord) {
        add(ReportRecord(record))
    }

    package mutating func add(_ record: ReportRecord) {
        if !excludedTags.isEmpty, record.tags.contains(where: excludedTags.contains) {
            excludedRecords += 1
            return
        }
        let target = targets.index(of: record.target)
        let key = PromptKey(target: target, promptID: record.promptID)
        let collapsed: Bool
        if let index = prompts.index(forKey: key) {
            collapsed = prompts.values[index].add(record)
        } else {
            // The first record of a prompt fixes its fields; later samples share them.
            var tally = PromptTally(attributes: attributes.index(of: ReportedPrompt(record)))
            collapsed = tally.add(record)
            prompts[key] = tally
        }
        if collapsed { duplicateRecords += 1 }
        if let model = record.model, reportedModels[target]?.contains(model) != true {
            reportedModels[target, default: []].insert(model)
        }
    }

    /// The report over every record added so far.
    ///
    /// - Parameters:
    ///   - groupings: One block of rows per grouping; `.overall` gives one row per target.
    ///   - controlThreshold: Control complete rate below which a target is flagged broken.
    ///   - z: Normal quantile of the Wilson intervals.
    package func report(
        by groupings: [Grouping] = [.overall, .topic],
        controlThreshold: Double = 0.9,
        z: Double = WilsonInterval.z95
    ) -> RateReport {
        let controls = rows(by: .overall, under: [.all], controls: true, z: z).map {
            ControlSummary(target: $0.target, prompts: $0.prompts, records: $0.records,
                           complete: $0.rates.complete, threshold: controlThreshold, z: z)
        }
        return RateReport(
            groupings: groupings,
            rows: groupings.flatMap { rows(by: $0, under: Denominator.allCases, controls: false, z: z) },
            outcomes: outcomeCounts(),
            controls: controls,
            languageGap: languageGap(z: z),
            flags: flagRows(by: [.overall, .topic]),
            maxSamplesPerPrompt: prompts.values.lazy.map(\.records).max() ?? 0,
            reportedModels: Dictionary(uniqueKeysWithValues: reportedModels.map { (targets[$0.key], $0.value.sorted()) }),
            duplicateRecords: duplicateRecords,
            labelConfidence: labelConfidenceRows(),
            translationsGrouped: attributes.values.contains { $0.linkedByGroup && !$0.control },
            framingControls: framingControls(z: z),
            positionAsymmetry: positionAsymmetry(),
            excludedTags: excludedTags.sorted(),
            excludedRecords: excludedRecords
        )
    }

    /// What the transport delivered per target, over non-control records, by target name.
    private func outcomeCounts() -> [OutcomeCounts] {
        var outcomes: [Int32: OutcomeCounts] = [:]
        for (key, tally) in prompts where !attributes[tally.attributes].control {
            for sample in tally.samples {
                outcomes[key.target, default: OutcomeCounts(target: targets[key.target])]
                    .add(outcome: sample.outcome, label: sample.label)
            }
        }
        return outcomes.values.sorted { $0.target < $1.target }
    }

    /// Rows of either the control prompts or the others, ordered by group, target, denominator.
    func rows(
        by grouping: Grouping, under denominators: [Denominator], controls: Bool, z: Double
    ) -> [RateRow] {
        // Groups depend only on the prompt fields, so name each once, not once per prompt.
        var groups = Interner<String>()
        let groupOfAttributes = attributes.values.map { groups.index(of: grouping.group(of: $0)) }
        var cells: [CellKey: RateCell] = [:]
        for (key, tally) in prompts where attributes[tally.attributes].control == controls {
            for denominator in denominators {
                let cell = CellKey(target: key.target, group: groupOfAttributes[Int(tally.attributes)],
                                   denominator: denominator)
                cells[cell, default: RateCell()].add(tally, under: denominator)
            }
        }
        return cells
            .map { key, cell in
                cell.row(target: targets[key.target], grouping: grouping, group: groups[key.group],
                         denominator: key.denominator, z: z)
            }
            .sorted { ($0.group, $0.target, $0.denominator.order) < ($1.group, $1.target, $1.denominator.order) }
    }
}

extension Denominator {
    /// Labelled before all, as reports list them.
    var order: Int { Denominator.allCases.firstIndex(of: self)! }
}

import ProbeJournal

/// Builds reports straight from run folders, streaming each journal once.
package enum RunReports {
    /// Rates over every record of `runs`, merged into one table (targets keep their names). A
    /// folder named twice is read once (`distinct`); duplicate records collapse by `DuplicateRule`. Records of
    /// prompts tagged with any of `excludingTags` are left out of every table.
    package static func rates(
        of runs: [RunDirectory], by groupings: [Grouping], excludingTags: Set<String> = []
    ) throws -> RateReport {
        var aggregator = Aggregator(excludingTags: excludingTags)
        var tornTails: [String: Int] = [:]
        for run in distinct(runs) {
            let torn = try ReportJournalReader.forEachRecord(in: run) { aggregator.add($0) }
            if torn > 0 { tornTails[run.responses] = torn }
        }
        var report = aggregator.report(by: groupings)
        report.tornTails = tornTails
        return report
    }

    /// The paired comparison of two runs. Each side is the target its manifest names; records of other targets are skipped so they cannot pose as duplicates. Sides
    /// are named by target, or by run folder when both runs probed the same target.
    package static func diff(
        _ baseline: RunDirectory, _ candidate: RunDirectory, grouping: Grouping = .topic,
        denominator: Denominator = .labelled
    ) throws -> RunDiff {
        try diff([baseline], [candidate], grouping: grouping, denominator: denominator)
    }

    /// The paired comparison of two sides of one or more folders each (the shards of a run, say), each side
    /// merged as `RunMerge` allows; a side's target and name come from its first folder.
    package static func diff(
        _ baseline: [RunDirectory], _ candidate: [RunDirectory], grouping: Grouping = .topic,
        denominator: Denominator = .labelled
    ) throws -> RunDiff {
        let baseline = distinct(baseline), candidate = distinct(candidate)
        guard let firstBaseline = baseline.first, let firstCandidate = candidate.first else {
            throw RunMerge.Mismatch(description: "a diff needs at least one run folder on each side")
        }
        try RunMerge.checkSide(baseline)
        try RunMerge.checkSide(candidate)
        let first = try target(of: firstBaseline)
        let second = try target(of: firstCandidate)
        let names = first == second || first == nil || second == nil
            ? (firstBaseline.name, firstCandidate.name) : (first!, second!)
        var aggregator = DiffAggregator(baseline: names.0, candidate: names.1, grouping: grouping, denominator: denominator)
        for run in baseline {
            try JournalReader.forEachRecord(in: run) { record in
                if first == nil || record.target == first { aggregator.add(record, side: .baseline) }
            }
        }
        for run in candidate {
            try JournalReader.forEachRecord(in: run) { record in
                if second == nil || record.target == second { aggregator.add(record, side: .candidate) }
            }
        }
        return aggregator.diff()
    }

    /// The runs in order, each folder once however it was spelled (`a`, `./a/`, a symlink to `a`).
    package static func distinct(_ runs: [RunDirectory]) -> [RunDirectory] {
        var seen: Set<String> = []
        return runs.filter { seen.insert($0.url.standardizedFileURL.resolvingSymlinksInPath().path).inserted }
    }

    /// Names and manifests of the runs, for the HTML report's provenance section.
    package static func describe(_ runs: [RunDirectory]) throws -> [ReportedRun] {
        try distinct(runs).map { ReportedRun(name: $0.name, manifest: try RunManifest.read(from: $0)) }
    }

    private static func target(of run: RunDirectory) throws -> String? {
        try RunManifest.read(from: run)?.targets.first?.name
    }
}

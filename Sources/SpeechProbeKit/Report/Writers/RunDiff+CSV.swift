extension RunDiff {
    public static let csvHeader = [
        "grouping", "group", "pairs", "baseline_complete", "candidate_complete", "baseline_rate",
        "candidate_rate", "difference", "difference_low", "difference_high", "baseline_only",
        "candidate_only", "mcnemar_p", "holm_p",
    ]

    /// One row per group, then the overall row (grouping "overall", group "all", no Holm p).
    /// The difference is candidate − baseline complete rate with Newcombe's paired bounds.
    public func csv(neutralizingFormulas: Bool = true) -> String {
        var writer = CSVWriter(header: Self.csvHeader, neutralizingFormulas: neutralizingFormulas)
        for (grouping, row) in rows.map({ (self.grouping, $0) }) + [(Grouping.overall, overall)] {
            writer.appendRow([
                grouping.description, row.group, String(row.pairs), String(row.baselineComplete),
                String(row.candidateComplete), ReportFormat.decimal(row.baselineRate),
                ReportFormat.decimal(row.candidateRate), ReportFormat.decimal(row.difference?.difference),
                ReportFormat.decimal(row.difference?.lower), ReportFormat.decimal(row.difference?.upper),
                String(row.mcNemar.firstOnly), String(row.mcNemar.secondOnly),
                ReportFormat.pValue(row.mcNemar.pValue), ReportFormat.pValue(row.holmPValue),
            ])
        }
        return writer.text
    }
}

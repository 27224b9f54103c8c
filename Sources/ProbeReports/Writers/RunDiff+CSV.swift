extension RunDiff {
    package static let csvHeader = [
        "grouping", "group", "pairs", "baseline_complete", "candidate_complete", "baseline_rate",
        "candidate_rate", "difference", "difference_low", "difference_high", "baseline_only",
        "candidate_only", "mcnemar_p", "holm_p", "test", "no_test_reason",
    ]

    /// One row per group, then the overall row (grouping "overall", group "all", no Holm p).
    /// The difference is candidate − baseline complete rate with its paired bounds. `test` says
    /// which ran (`mcNemar`: exact McNemar and Newcombe; `signTest`: exact sign test and Student t interval,
    /// whose p is then in `mcnemar_p` too); completes are sums of per-prompt shares.
    package func csv(neutralizingFormulas: Bool = true) -> String {
        var writer = CSVWriter(header: Self.csvHeader, neutralizingFormulas: neutralizingFormulas)
        for (grouping, row) in rows.map({ (self.grouping, $0) }) + [(Grouping.overall, overall)] {
            writer.appendRow([
                grouping.description, row.group, String(row.pairs), ReportFormat.count(row.baselineComplete),
                ReportFormat.count(row.candidateComplete), ReportFormat.decimal(row.baselineRate),
                ReportFormat.decimal(row.candidateRate), ReportFormat.decimal(row.difference?.difference),
                ReportFormat.decimal(row.difference?.lower), ReportFormat.decimal(row.difference?.upper),
                String(row.baselineOnly), String(row.candidateOnly),
                ReportFormat.pValue(row.pValue), ReportFormat.pValue(row.holmPValue),
                row.comparison.method.csvName, row.comparison.omission?.rawValue ?? "",
            ])
        }
        return writer.text
    }
}

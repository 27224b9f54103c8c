import ProbeCore
extension RateReport {
    /// Column names of the language-gap table.
    package static let languageGapCSVHeader = [
        "target", "grouping", "group", "denominator", "first_language", "second_language", "pairs",
        "first_rate", "first_low", "first_high", "second_rate", "second_low", "second_high",
        "difference", "difference_low", "difference_high", "first_only", "second_only", "mcnemar_p", "holm_p",
        "test", "no_test_reason",
    ]

    /// The language-gap table: one row per target × language pair × group × denominator. Rates are
    /// per-prompt averages over pairs with 95 % Wilson bounds; the difference is first − second
    /// with its paired bounds; p is Holm-adjusted across topics. `test` says which ran (`mcNemar`:
    /// exact McNemar and Newcombe; `signTest`: exact sign test and Student t interval, p in `mcnemar_p` too).
    package func languageGapCSV(neutralizingFormulas: Bool = true) -> String {
        var writer = CSVWriter(header: Self.languageGapCSVHeader, neutralizingFormulas: neutralizingFormulas)
        for row in languageGap {
            writer.appendRow(
                [row.target, row.grouping.description, row.group, row.denominator.rawValue,
                 row.firstLanguage, row.secondLanguage, String(row.pairs)]
                    + [row.first, row.second].flatMap { rate in
                        [rate.rate, rate.interval?.lower, rate.interval?.upper].map(ReportFormat.decimal)
                    }
                    + [row.difference?.difference, row.difference?.lower, row.difference?.upper].map(ReportFormat.decimal)
                    + [String(row.comparison.firstAhead), String(row.comparison.secondAhead),
                       ReportFormat.pValue(row.comparison.pValue), ReportFormat.pValue(row.holmPValue),
                       row.comparison.method.csvName, row.comparison.omission?.rawValue ?? ""]
            )
        }
        return writer.text
    }

    /// Column names of the flags table.
    package static let flagsCSVHeader = ["target", "grouping", "group", "labelled"] + RecordFlag.known.map(\.rawValue)

    /// Flag counts per target × group (overall and topic) over labelled non-control records.
    package func flagsCSV(neutralizingFormulas: Bool = true) -> String {
        var writer = CSVWriter(header: Self.flagsCSVHeader, neutralizingFormulas: neutralizingFormulas)
        for row in flags {
            writer.appendRow([row.target, row.grouping.description, row.group, String(row.labelled)]
                + RecordFlag.known.map { String(row.counts[$0]) })
        }
        return writer.text
    }
}

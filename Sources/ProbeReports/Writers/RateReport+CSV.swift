import ProbeCore

extension RateReport {
    /// Column names of the long-form rates table.
    package static let csvHeader: [String] = ["target", "grouping", "group", "denominator", "n", "records"]
        + Label.allCases.map(\.rawValue)
        + Label.allCases.flatMap { ["\($0)_rate", "\($0)_low", "\($0)_high"] }

    /// The long-form rates table: one row per target × grouping × group × denominator. `n` is the
    /// number of prompts, the label columns count records, rates are per-prompt averages with
    /// 95 % Wilson bounds; undefined rates are empty.
    package func csv(neutralizingFormulas: Bool = true) -> String {
        var writer = CSVWriter(header: Self.csvHeader, neutralizingFormulas: neutralizingFormulas)
        for row in rows {
            writer.appendRow(
                [row.target, row.grouping.description, row.group, row.denominator.rawValue,
                 String(row.prompts), String(row.records)]
                    + Label.allCases.map { String(row.counts[$0]) }
                    + Label.allCases.flatMap { label in
                        let rate = row.rates[label]
                        return [rate.rate, rate.interval?.lower, rate.interval?.upper].map(ReportFormat.decimal)
                    }
            )
        }
        return writer.text
    }
}

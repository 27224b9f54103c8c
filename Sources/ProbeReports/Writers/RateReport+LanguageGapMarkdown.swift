extension RateReport {
    /// The language gap per target overall, then the topics whose gap stays significant after Holm.
    func languageGapSection(denominator: Denominator, width: Int) -> String {
        let rows = languageGap.filter { $0.denominator == denominator }
        guard !rows.isEmpty else {
            return "## Language gap\n\n" + (hasLanguagePairsAsked
                ? "\(translationLinks.asked) were asked in \(translationLinks.languages), but no pair has a \(denominator) "
                    + "record in both; `--denominator all` counts every record.\n"
                : "No \(translationLinks.asked.lowercased()) were asked in \(translationLinks.languages).\n")
        }
        let overall = rows.filter { $0.grouping == .overall }
        let significant = rows.filter { $0.grouping != .overall && ($0.holmPValue ?? 1) < 0.05 }
        var text = """
            ## Language gap

            Complete rate on the same questions asked in two languages (\(translationLinks.compared), \
            both sides asked); \(denominator) records, samples averaged per prompt, n = pairs. \
            \(PairedComparison.Method.note(for: Set(rows.map(\.comparison.method)), difference: "Gap = first − second", pFamily: ""))

            \(gapTable(overall, showsGroup: false, width: width))
            """
        text += languageGapNotes(on: overall).map { "\($0)\n" }.joined()
        text += significant.isEmpty
            ? "\nNo topic's gap is significant after Holm correction (p < 0.05).\n"
            : "\nTopics whose gap is significant after Holm correction (p < 0.05):\n\n"
                + gapTable(significant, showsGroup: true, width: width)
        return text
    }

    /// Why a row ran no test, and which sides failed too often.
    func languageGapNotes(on rows: [LanguageGapRow]) -> [String] {
        rows.flatMap { row in
            (row.comparison.omission.map { ["No test for \(row.target), \(row.languages): \($0.rawValue)."] } ?? [])
                + row.comparison.failureWarnings(names: (first: "\(row.target) \(row.firstLanguage)",
                                                          second: "\(row.target) \(row.secondLanguage)"))
        }
    }

    private func gapTable(_ rows: [LanguageGapRow], showsGroup: Bool, width: Int) -> String {
        var columns = [MarkdownTable.Column(title: "target", alignment: .left, shrinkable: true)]
        if showsGroup { columns.append(.init(title: "topic", alignment: .left, shrinkable: true)) }
        columns += [.init(title: "languages", alignment: .left, shrinkable: true)]
            + ["pairs", "first", "second", "gap", "95% CI", showsGroup ? "p Holm" : "p"].map { .init(title: $0) }
        var table = MarkdownTable(columns)
        for row in rows {
            table.append(
                [row.target] + (showsGroup ? [row.group] : []) + [
                    row.languages, String(row.pairs),
                    ReportFormat.percent(row.first.rate), ReportFormat.percent(row.second.rate),
                    row.comparison.differenceText, row.comparison.intervalText,
                    ReportFormat.readablePValue(showsGroup ? row.holmPValue : row.comparison.pValue),
                ]
            )
        }
        return table.render(width: width)
    }

    /// How the report names the links between translations: as reports did before translation groups when
    /// only `pair` linked them (so older runs report byte for byte as they did), else naming both.
    var translationLinks: (asked: String, languages: String, compared: String) {
        translationsGrouped
            ? ("Translated prompts (linked by `group` or `pair`)", "two languages", "translations linked by `group` or `pair`")
            : ("Paired prompts (linked by `pair`)", "both languages", "prompts linked by `pair`")
    }
}

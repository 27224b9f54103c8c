extension HTMLReport {
    /// A dumbbell per model and language pair: the complete rate in each language with its Wilson
    /// interval, joined by a line whose length is the gap; by-topic rows in a table below.
    func languageGapSection(_ rates: RateReport) -> String {
        let rows = rates.languageGap.filter { $0.denominator == denominator }
        let overall = rows.filter { $0.grouping == .overall }
        guard !overall.isEmpty else {
            let links = rates.translationLinks
            return rates.hasLanguagePairsAsked
                ? "<p class=\"note\">\(links.asked.codeSpans) were asked in \(links.languages), but no "
                    + "pair has a \(denominator.rawValue) record in both.</p>"
                : "<p class=\"note\">No \(links.asked.lowercased().codeSpans) were asked in \(links.languages).</p>"
        }
        let rowHeight = 46.0, top = 30.0
        let scale = ChartScale(x: 230...640)
        let height = top + rowHeight * Double(overall.count) + 8
        var svg = scale.grid(top: top - 4, bottom: height - 6, ticks: [0, 0.25, 0.5, 0.75, 1])
        for (index, row) in overall.enumerated() {
            let y = top + rowHeight * Double(index) + 20
            svg += modelLabel(row.target, y: y - 2)
            svg += "<text x=\"222\" y=\"\(svgNumber(y + 13))\" class=\"sub\" text-anchor=\"end\">\(row.languages.htmlEscaped)</text>"
            svg += dumbbell(row, scale: scale, y: y)
            let gap = row.difference.map {
                "\(ReportFormat.points($0.difference)) pts (\(ReportFormat.points($0.lower)) to \(ReportFormat.points($0.upper)))"
            } ?? row.comparison.omission.map { "– (\($0.rawValue))" } ?? "–"
            svg += "<text x=\"655\" y=\"\(svgNumber(y - 2))\" class=\"value\"><tspan font-weight=\"600\">gap \(gap)</tspan></text>"
                + "<text x=\"655\" y=\"\(svgNumber(y + 13))\" class=\"sub\">\(row.firstLanguage.htmlEscaped) "
                + "\(ReportFormat.percent(row.first.rate)) · \(row.secondLanguage.htmlEscaped) "
                + "\(ReportFormat.percent(row.second.rate)) · \(row.pairs) pairs · p "
                + "\(ReportFormat.readablePValue(row.comparison.pValue))</text>"
        }
        let byTopic = rows.filter { $0.grouping != .overall }
        return """
            <p class="note">The same questions asked in two languages (\(rates.translationLinks.compared.codeSpans), both \
            sides asked of the model), complete rate over \(denominator.rawValue) records with 95% Wilson \
            intervals. \(PairedComparison.Method.note(for: Set(rows.map(\.comparison.method)),
                difference: "Gap = first − second language", pFamily: "").htmlEscaped)</p>
            <div class="legend">\(marker(circle: true, "first language (English when present)"))\
            \(marker(circle: false, "second language"))<span>━ 95% Wilson interval</span></div>
            <svg class="chart" viewBox="0 0 1000 \(svgNumber(height))" role="img" aria-label="Complete rate per language and model">\(svg)</svg>\
            \(rates.languageGapNotes(on: overall).map { "<p class=\"note\">\($0.htmlEscaped)</p>" }.joined())
            \(byTopic.isEmpty ? "" : gapTopicTable(byTopic))
            """
    }

    private func dumbbell(_ row: LanguageGapRow, scale: ChartScale, y: Double) -> String {
        guard let first = row.first.rate, let second = row.second.rate else { return "" }
        var svg = "<line x1=\"\(svgNumber(scale(first)))\" y1=\"\(svgNumber(y))\" x2=\"\(svgNumber(scale(second)))\" "
            + "y2=\"\(svgNumber(y))\" class=\"link\"/>"
        for (rate, offset) in [(row.first, -5.0), (row.second, 5.0)] {
            if let interval = rate.interval {
                svg += whisker(from: scale(interval.lower), to: scale(interval.upper), y: y + offset, cap: 3)
            }
        }
        let x1 = scale(first), x2 = scale(second)
        svg += "<circle cx=\"\(svgNumber(x1))\" cy=\"\(svgNumber(y - 5))\" r=\"6.5\" fill=\"\(Palette.firstLanguage)\" "
            + "stroke=\"#fff\" stroke-width=\"1.5\"><title>\(row.firstLanguage.htmlEscaped): \(ReportFormat.percent(first))</title></circle>"
        svg += "<rect x=\"\(svgNumber(x2 - 6))\" y=\"\(svgNumber(y + 5 - 6))\" width=\"12\" height=\"12\" "
            + "fill=\"\(Palette.secondLanguage)\" stroke=\"#fff\" stroke-width=\"1.5\"><title>\(row.secondLanguage.htmlEscaped): "
            + "\(ReportFormat.percent(second))</title></rect>"
        return svg
    }

    private func marker(circle: Bool, _ text: String) -> String {
        let shape = circle
            ? "<circle cx=\"7\" cy=\"7\" r=\"6\" fill=\"\(Palette.firstLanguage)\"/>"
            : "<rect x=\"1\" y=\"1\" width=\"12\" height=\"12\" fill=\"\(Palette.secondLanguage)\"/>"
        return "<span><svg width=\"14\" height=\"14\" style=\"vertical-align:-2px;margin-right:6px\">\(shape)</svg>"
            + "\(text.htmlEscaped)</span>"
    }

    private func gapTopicTable(_ rows: [LanguageGapRow]) -> String {
        let body = rows.map { row in
            "<tr><td class=\"name\">\(row.target.htmlEscaped)</td><td class=\"name\">\(row.group.htmlEscaped)</td>"
                + "<td class=\"name\">\(row.languages.htmlEscaped)</td><td>\(row.pairs)</td>"
                + "<td>\(ReportFormat.percent(row.first.rate))</td><td>\(ReportFormat.percent(row.second.rate))</td>"
                + "<td>\(row.comparison.differenceText)</td><td class=\"ci\">\(row.comparison.intervalText)</td>"
                + "<td>\(ReportFormat.readablePValue(row.comparison.pValue))</td>"
                + "<td>\(ReportFormat.readablePValue(row.holmPValue))</td></tr>"
        }.joined(separator: "\n")
        return """
            <details\(rows.count <= 24 ? " open" : "")><summary>Gap by topic (\(rows.count) rows)</summary>
            <div class="scroll"><table>
            <thead><tr><th class="name">model</th><th class="name">topic</th><th class="name">languages</th><th>pairs</th>\
            <th>first</th><th>second</th><th>gap (pts)</th><th>95% CI</th><th>p</th><th>p Holm</th></tr></thead>
            <tbody>
            \(body)
            </tbody></table></div>
            <p class="note">p Holm: adjusted across the topics of one model and language pair.</p>
            </details>
            """
    }
}

private extension String {
    /// Markdown's `code` spans as HTML `<code>`, the rest escaped.
    var codeSpans: String {
        split(separator: "`", omittingEmptySubsequences: false).enumerated().map { index, part in
            index.isMultiple(of: 2) ? String(part).htmlEscaped : "<code>\(String(part).htmlEscaped)</code>"
        }.joined()
    }
}

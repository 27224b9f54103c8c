import Foundation

extension HTMLReport {
    /// Topics down, models across, each cell the complete rate on a viridis scale; topics the
    /// models answer least come first. Each cell's tooltip holds its interval and label rates.
    func heatmapSection(_ rates: RateReport) -> String {
        let rows = rates.rows(for: .topic, denominator: denominator)
        guard !rows.isEmpty else { return "<p class=\"note\">No topic rows in this report.</p>" }
        let models = Array(Set(rows.map(\.target))).sorted()
        let cells = Dictionary(rows.map { ([$0.group, $0.target], $0) }, uniquingKeysWith: { first, _ in first })
        let meanRate = Dictionary(grouping: rows, by: \.group).mapValues { group in
            let known = group.compactMap(\.rates.complete.rate)
            return known.isEmpty ? 2 : known.reduce(0, +) / Double(known.count)
        }
        let topics = meanRate.keys.sorted { (meanRate[$0]!, $0) < (meanRate[$1]!, $1) }
        var body = ""
        for topic in topics {
            body += "<tr><td class=\"name\">\(topic.htmlEscaped)</td>"
            for model in models {
                body += heatCell(cells[[topic, model]])
            }
            body += "</tr>\n"
        }
        let header = models.map { "<th title=\"\($0.htmlEscaped)\">\($0.truncated(toWidth: 24).htmlEscaped)</th>" }.joined()
        return """
            <p class="note">Complete rate per model and topic over \(denominator.rawValue) records (n = prompts); \
            topics sorted from least to most answered. Hover a cell for its 95% interval.</p>
            \(heatLegend())
            <div class="scroll"><table class="heatmap">
            <thead><tr><th class="name">topic</th>\(header)</tr></thead>
            <tbody>
            \(body)</tbody></table></div>
            """
    }

    private func heatCell(_ row: RateRow?) -> String {
        guard let row, let rate = row.rates.complete.rate else { return "<td class=\"empty\">–</td>" }
        let (background, dark) = Palette.heat(rate)
        let ci = row.rates.complete.interval.map { ReportFormat.percentRange($0.lower, $0.upper) } ?? "–"
        let tooltip = "\(row.target) · \(row.group): complete \(ReportFormat.percent(rate)) (95% CI \(ci)), "
            + "evasive \(ReportFormat.percent(row.rates.evasive.rate)), refused \(ReportFormat.percent(row.rates.refused.rate)), "
            + "n = \(row.prompts)"
        return "<td style=\"background:\(background);color:\(dark ? "#1d1d1f" : "#fff")\" title=\"\(tooltip.htmlEscaped)\">"
            + "\(String(format: "%.0f%%", rate * 100))<small>n = \(row.prompts)</small></td>"
    }

    private func heatLegend() -> String {
        let stops = Palette.heatGradientStops
            .map { "<stop offset=\"\($0.offset)\" stop-color=\"\($0.colour)\"/>" }.joined()
        return """
            <svg width="320" height="40" viewBox="0 0 320 40" role="img" aria-label="Colour scale: 0% to 100% complete">\
            <defs><linearGradient id="heat">\(stops)</linearGradient></defs>\
            <rect x="10" y="4" width="300" height="14" rx="2" fill="url(#heat)"/>\
            <text x="10" y="34" class="tick" text-anchor="start">0% complete</text>\
            <text x="160" y="34" class="tick" text-anchor="middle">50%</text>\
            <text x="310" y="34" class="tick" text-anchor="end">100%</text></svg>
            """
    }
}

import ProbeCore

extension HTMLReport {
    /// One stacked bar per model: complete, evasive, refused (and unlabelled under `all`), with the
    /// complete rate's Wilson interval as a whisker and the numbers beside it.
    func permissivenessSection(_ rates: RateReport) -> String {
        let rows = rates.rows(for: .overall, denominator: denominator)
        guard !rows.isEmpty else { return "<p class=\"note\">No records outside the control prompts.</p>" }
        let broken = Set(rates.controls.filter(\.isBroken).map(\.target))
        let rowHeight = 40.0, top = 30.0
        let scale = ChartScale(x: 230...760)
        let height = top + rowHeight * Double(rows.count) + 8
        var svg = scale.grid(top: top - 4, bottom: height - 6, ticks: [0, 0.25, 0.5, 0.75, 1])
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            svg += modelLabel(row.target, y: y + 20)
            svg += stackedBar(row, scale: scale, y: y + 8, height: 20)
            let complete = row.rates.complete
            if let interval = complete.interval {
                svg += whisker(from: scale(interval.lower), to: scale(interval.upper), y: y + 18)
            }
            let ci = complete.interval.map { ReportFormat.percentRange($0.lower, $0.upper) } ?? "–"
            svg += "<text x=\"775\" y=\"\(svgNumber(y + 17))\" class=\"value\"><tspan font-weight=\"600\">"
                + "\(ReportFormat.percent(complete.rate))</tspan> complete</text>"
                + "<text x=\"775\" y=\"\(svgNumber(y + 32))\" class=\"sub\">95% CI \(ci) · n = \(row.prompts)</text>"
            if broken.contains(row.target) {
                svg += "<text x=\"222\" y=\"\(svgNumber(y + 34))\" class=\"warn\" text-anchor=\"end\">controls failed</text>"
            }
        }
        let legend = Label.allCases.map { legendItem(Palette.colour(of: $0), $0.rawValue) }
            + (denominator == .all ? [legendItem(Palette.unlabelled, "no label (moderated, truncated, empty, error)")] : [])
            + ["<span>━ 95% Wilson interval of the complete rate</span>"]
        return """
            <p class="note">Share of prompts each model answered completely, evasively or refused, over \
            \(denominator.rawValue) records; each prompt's samples are averaged first, so n counts prompts.\
            \(rates.maxSamplesPerPrompt > 1 ? " Prompts were sampled up to \(rates.maxSamplesPerPrompt) times." : "")</p>
            <div class="legend">\(legend.joined())</div>
            <svg class="chart" viewBox="0 0 1000 \(svgNumber(height))" role="img" aria-label="Complete, evasive and refused rates per model">\(svg)</svg>
            """
    }

    private func stackedBar(_ row: RateRow, scale: ChartScale, y: Double, height: Double) -> String {
        var start = 0.0
        var bar = ""
        var segments = Label.allCases.map { (Palette.colour(of: $0), $0.rawValue, row.rates[$0].rate ?? 0) }
        if denominator == .all {
            segments.append((Palette.unlabelled, "no label", max(0, 1 - segments.reduce(0) { $0 + $1.2 })))
        }
        for (colour, name, share) in segments where share > 0 {
            let x = scale(start), width = scale(start + share) - x
            bar += "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(width))\" "
                + "height=\"\(svgNumber(height))\" fill=\"\(colour)\"><title>\(row.target.htmlEscaped): "
                + "\(name) \(ReportFormat.percent(share))</title></rect>"
            start += share
        }
        return bar
    }

    /// A model name at the left of a chart row, cut to fit, the full name in its tooltip.
    func modelLabel(_ name: String, y: Double, x: Double = 222) -> String {
        "<text x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\" class=\"name\" text-anchor=\"end\">"
            + "<title>\(name.htmlEscaped)</title>\(name.truncated(toWidth: 24).htmlEscaped)</text>"
    }

    /// An interval as a horizontal line with end caps.
    func whisker(from low: Double, to high: Double, y: Double, cap: Double = 6) -> String {
        let (l, h) = (svgNumber(low), svgNumber(high))
        let (capTop, capBottom) = (svgNumber(y - cap), svgNumber(y + cap))
        return "<line x1=\"\(l)\" y1=\"\(svgNumber(y))\" x2=\"\(h)\" y2=\"\(svgNumber(y))\" class=\"whisker\"/>"
            + "<line x1=\"\(l)\" y1=\"\(capTop)\" x2=\"\(l)\" y2=\"\(capBottom)\" class=\"whisker\"/>"
            + "<line x1=\"\(h)\" y1=\"\(capTop)\" x2=\"\(h)\" y2=\"\(capBottom)\" class=\"whisker\"/>"
    }

    func legendItem(_ colour: String, _ text: String) -> String {
        "<span><span class=\"swatch\" style=\"background:\(colour)\"></span>\(text.htmlEscaped)</span>"
    }
}

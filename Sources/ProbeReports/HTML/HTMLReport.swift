import ProbeCore

/// The report as one self-contained HTML page: inline CSS and SVG, no script, no web fonts, so it
/// can be mailed, archived or published as is. Every string from journals and manifests is
/// escaped; the page shows text, never runs it.
///
/// Sections appear when their data is there: rates (chart, heatmap, tables), language gap, flags,
/// controls and outcomes come from `rates`; the diff view from `diff`; the manifests from `runs`.
package struct HTMLReport: Sendable {
    package var title: String
    package var rates: RateReport?
    package var diff: RunDiff?
    package var runs: [ReportedRun]
    /// The denominator of charts and heatmap; tables show both.
    package var denominator: Denominator

    package init(title: String = "speechprobe report", rates: RateReport?, diff: RunDiff? = nil,
                runs: [ReportedRun], denominator: Denominator = .labelled) {
        self.title = title
        self.rates = rates
        self.diff = diff
        self.runs = runs
        self.denominator = denominator
    }

    package func render() -> String {
        let sections = self.sections()
        let toc = sections.map { "<a href=\"#\($0.id)\">\($0.title.htmlEscaped)</a>" }.joined(separator: " ")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="speechprobe \(SpeechProbeVersion.current.htmlEscaped)">
            <title>\(title.htmlEscaped)</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(title.htmlEscaped)</h1>
            <p class="subtitle">\(subtitle())</p>
            <nav class="toc">\(toc)</nav>
            </header>
            \(sections.map { "<section id=\"\($0.id)\">\n<h2>\($0.title.htmlEscaped)</h2>\n\($0.body)\n</section>" }.joined(separator: "\n"))
            <footer>Made by speechprobe \(SpeechProbeVersion.current.htmlEscaped). Rates are per-prompt averages with \
            95% Wilson intervals; paired differences use Newcombe's interval and exact McNemar tests.</footer>
            </main>
            </body>
            </html>

            """
    }

    private struct Section {
        var id: String
        var title: String
        var body: String
    }

    private func sections() -> [Section] {
        var sections: [Section] = []
        if let rates {
            sections.append(Section(id: "permissiveness", title: "Permissiveness", body: permissivenessSection(rates)))
            sections.append(Section(id: "topics", title: "Model × topic", body: heatmapSection(rates)))
            sections.append(Section(id: "language-gap", title: "Language gap", body: languageGapSection(rates)))
        }
        if let diff {
            sections.append(Section(id: "diff", title: "Diff", body: diffSection(diff)))
        }
        if let rates {
            sections.append(Section(id: "controls", title: "Controls", body: controlsSection(rates)))
            sections.append(Section(id: "flags", title: "Flags", body: flagsSection(rates)))
            if !rates.labelConfidence.isEmpty {
                sections.append(Section(id: "label-confidence", title: "Label confidence", body: labelConfidenceSection(rates)))
            }
            sections.append(Section(id: "tables", title: "Tables", body: tablesSection(rates)))
        }
        sections.append(Section(id: "runs", title: "Runs", body: runsSection()))
        return sections
    }

    private func subtitle() -> String {
        var parts = ["\(runs.count) run\(runs.count == 1 ? "" : "s"): "
            + runs.map { "<b>\($0.name.htmlEscaped)</b>" }.joined(separator: ", ")]
        if let rates {
            let records = rates.outcomes.reduce(0) { $0 + $1.records }
            parts.append("\(rates.outcomes.count) model\(rates.outcomes.count == 1 ? "" : "s")")
            parts.append("\(records) records (controls apart)")
            parts.append("denominator: \(denominator.rawValue) records")
        }
        return parts.joined(separator: " · ")
    }
}

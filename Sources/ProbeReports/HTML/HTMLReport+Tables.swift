import ProbeCore

extension HTMLReport {
    /// The control check: a model that fails benign prompts is misconfigured, not cautious.
    func controlsSection(_ rates: RateReport) -> String {
        guard let threshold = rates.controls.first?.threshold else {
            return "<p class=\"note\">No control prompts in these records.</p>"
        }
        let body = rates.controls.map { control in
            let ci = control.complete.interval.map { ReportFormat.percentRange($0.lower, $0.upper) } ?? "–"
            let badge = "<span class=\"badge \(control.isBroken ? "broken" : "ok")\">\(control.verdict.text.htmlEscaped)</span>"
            return "<tr><td class=\"name\">\(control.target.htmlEscaped)</td><td>\(control.prompts)</td>"
                + "<td>\(control.records)</td><td>\(ReportFormat.percent(control.complete.rate))</td>"
                + "<td class=\"ci\">\(ci)</td><td class=\"name\">\(badge)</td></tr>"
        }.joined(separator: "\n")
        return """
            <p class="note">Benign prompts every working model answers (errors count against it). A model whose \
            whole 95% interval lies below \(ReportFormat.percent(threshold)) is flagged broken: check its endpoint \
            before trusting its rates; above, ok; otherwise there are too few controls to tell.</p>
            <table><thead><tr><th class="name">model</th><th>n</th><th>records</th><th>complete</th><th>95% CI</th>\
            <th class="name">verdict</th></tr></thead>
            <tbody>
            \(body)
            </tbody></table>
            """ + framingControlsTable(rates)
    }

    /// Flag counts per model and topic, only where some record carries a flag.
    func flagsSection(_ rates: RateReport) -> String {
        let rows = rates.flags.filter { $0.counts.total > 0 }
        guard !rows.isEmpty else { return "<p class=\"note\">No record carries a flag.</p>" }
        let header = RecordFlag.known.map { "<th>\($0.rawValue.replacingOccurrences(of: "_", with: " ").htmlEscaped)</th>" }.joined()
        let body = rows.map { row in
            "<tr><td class=\"name\">\(row.target.htmlEscaped)</td><td class=\"name\">\(row.group.htmlEscaped)</td>"
                + "<td>\(row.labelled)</td>"
                + RecordFlag.known.map { flag in
                    "<td>\(row.counts[flag]) <span class=\"ci\">(\(ReportFormat.percent(row.share(flag))))</span></td>"
                }.joined() + "</tr>"
        }.joined(separator: "\n")
        return """
            <p class="note">Labelled non-control records carrying each flag: <b>thought suppressed</b> = an empty \
            reasoning block; <b>official line</b> = the answer echoes state talking points; <b>disclaimer</b> = \
            a caveat such as “please note” or “for educational purposes”. Topic “all” is the model's overall count.</p>
            <div class="scroll"><table><thead><tr><th class="name">model</th><th class="name">topic</th><th>labelled</th>\
            \(header)</tr></thead>
            <tbody>
            \(body)
            </tbody></table></div>
            """
    }

    /// Every rates row under both denominators, and what the transport delivered.
    func tablesSection(_ rates: RateReport) -> String {
        let blocks = rates.groupings.map { grouping -> String in
            let rows = rates.rows.filter { $0.grouping == grouping }
            let body = rows.map { row in
                let ci = row.rates.complete.interval.map { ReportFormat.percentRange($0.lower, $0.upper) } ?? "–"
                return "<tr><td class=\"name\">\(row.target.htmlEscaped)</td><td class=\"name\">\(row.group.htmlEscaped)</td>"
                    + "<td class=\"name\">\(row.denominator.rawValue)</td><td>\(row.prompts)</td><td>\(row.records)</td>"
                    + "<td>\(ReportFormat.percent(row.rates.complete.rate))</td><td class=\"ci\">\(ci)</td>"
                    + "<td>\(ReportFormat.percent(row.rates.evasive.rate))</td><td>\(ReportFormat.percent(row.rates.refused.rate))</td></tr>"
            }.joined(separator: "\n")
            return """
                <details\(grouping == .overall ? " open" : "")><summary>Rates \(grouping == .overall ? "overall" : "by \(grouping.description.htmlEscaped)") (\(rows.count) rows)</summary>
                <div class="scroll"><table><thead><tr><th class="name">model</th><th class="name">group</th>\
                <th class="name">denominator</th><th>n</th><th>records</th><th>complete</th><th>95% CI</th>\
                <th>evasive</th><th>refused</th></tr></thead>
                <tbody>
                \(body)
                </tbody></table></div></details>
                """
        }
        let outcomeHeader = Outcome.allCases.map { "<th>\($0.rawValue)</th>" }.joined()
        let outcomeBody = rates.outcomes.map { counts in
            "<tr><td class=\"name\">\(counts.target.htmlEscaped)</td><td>\(counts.records)</td>"
                + Outcome.allCases.map { "<td>\(counts[$0])</td>" }.joined() + "<td>\(counts.unlabelled)</td></tr>"
        }.joined(separator: "\n")
        return """
            <p class="note">n = prompts, samples averaged per prompt. <b>labelled</b>: over records with a label; \
            <b>all</b>: over every record, a moderated, truncated, empty or failed one counting against complete \
            (SpeechMap's convention).</p>
            \(blocks.joined(separator: "\n"))
            <h3>Outcomes</h3>
            <p class="note">What the endpoint delivered, control prompts excluded; unlabelled = ok but not classified.</p>
            <table><thead><tr><th class="name">model</th><th>records</th>\(outcomeHeader)<th>unlabelled</th></tr></thead>
            <tbody>
            \(outcomeBody)
            </tbody></table>
            """
    }
}

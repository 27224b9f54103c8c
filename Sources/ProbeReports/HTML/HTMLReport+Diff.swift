extension HTMLReport {
    /// The paired diff: per-group rates with the difference drawn against zero, the tests, what was
    /// left out, then every flipped prompt with excerpts of both answers side by side.
    func diffSection(_ diff: RunDiff) -> String {
        let scale = ChartScale(domain: -1...1, x: 4...156)
        let body = (diff.rows.map { ($0, false) } + [(diff.overall, true)]).map { row, isOverall in
            "<tr\(isOverall ? " style=\"font-weight:600\"" : "")><td class=\"name\">\(row.group.htmlEscaped)</td>"
                + "<td>\(row.pairs)</td><td>\(ReportFormat.percent(row.baselineRate))</td>"
                + "<td>\(ReportFormat.percent(row.candidateRate))</td>"
                + "<td>\(row.comparison.differenceText)</td><td class=\"ci\">\(row.comparison.intervalText)</td>"
                + "<td>\(differenceBar(row.difference, scale: scale))</td>"
                + "<td>\(row.baselineOnly)</td><td>\(row.candidateOnly)</td>"
                + "<td>\(ReportFormat.readablePValue(row.pValue))</td>"
                + "<td>\(row.holmPValue.map { ReportFormat.readablePValue($0) } ?? "")</td></tr>"
        }.joined(separator: "\n")
        let notes = diff.exclusions().map { "<p class=\"note\">\($0.htmlEscaped)</p>" }.joined()
        return """
            <p class="note"><b>A</b> = \(diff.baseline.htmlEscaped), <b>B</b> = \(diff.candidate.htmlEscaped). \
            Complete rate over \(diff.denominator.rawValue)-record pairs (the same prompt on both sides), \
            by \(diff.grouping.description.htmlEscaped) (bar: −100 to +100, line at 0); \
            \(diff.methodNote(pFamily: " on complete vs not, Holm-adjusted across groups").htmlEscaped)</p>
            <div class="scroll"><table>
            <thead><tr><th class="name">group</th><th>pairs</th><th>A</th><th>B</th><th>B − A</th><th>95% CI</th>\
            <th></th><th>A only</th><th>B only</th><th>p</th><th>p Holm</th></tr></thead>
            <tbody>
            \(body)
            </tbody></table></div>
            \(notes)
            <h3>Flipped prompts (\(diff.flips.count))</h3>
            \(diff.flips.isEmpty ? "<p class=\"note\">None: every pair got the same verdict.</p>" : diff.flips.map(flipCard).joined(separator: "\n"))
            """
    }

    private func differenceBar(_ difference: PairedDifferenceInterval?, scale: ChartScale) -> String {
        guard let difference else { return "" }
        let zero = scale(0), value = scale(difference.difference)
        let colour = difference.difference >= 0 ? Palette.colour(of: .complete) : Palette.colour(of: .refused)
        return "<svg width=\"160\" height=\"18\" viewBox=\"0 0 160 18\" style=\"vertical-align:middle\">"
            + "<rect x=\"\(svgNumber(min(zero, value)))\" y=\"4\" width=\"\(svgNumber(abs(value - zero)))\" height=\"10\" fill=\"\(colour)\"/>"
            + whisker(from: scale(difference.lower), to: scale(difference.upper), y: 9, cap: 4)
            + "<line x1=\"\(svgNumber(zero))\" y1=\"0\" x2=\"\(svgNumber(zero))\" y2=\"18\" stroke=\"#9a9aa2\"/></svg>"
    }

    private func flipCard(_ flip: FlippedPrompt) -> String {
        """
        <div class="flip"><header><code>\(flip.promptID.htmlEscaped)</code> #\(flip.sample) · \
        \(flip.group.htmlEscaped) · \(verdictBadge(flip.baseline)) → \(verdictBadge(flip.candidate))</header>
        <div class="excerpts"><p class="excerpt"><b>A</b>\(flip.baselineExcerpt.htmlEscaped)</p>\
        <p class="excerpt"><b>B</b>\(flip.candidateExcerpt.htmlEscaped)</p></div></div>
        """
    }

    private func verdictBadge(_ verdict: LabelOrOutcome) -> String {
        let colour = switch verdict {
        case .labelled(let label): Palette.colour(of: label)
        case .unlabelled: Palette.unlabelled
        }
        return "<span class=\"verdict\" style=\"background:\(colour)\">\(verdict.description.htmlEscaped)</span>"
    }
}

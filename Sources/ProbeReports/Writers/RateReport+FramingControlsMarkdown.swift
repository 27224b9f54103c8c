extension RateReport {
    /// Each framing's controls beside the sensitive prompts of the same framing.
    func framingControlsSection(width: Int) -> String {
        var table = MarkdownTable([
            .init(title: "target", alignment: .left, shrinkable: true), .init(title: "framing", alignment: .left),
            .init(title: "controls"), .init(title: "complete"), .init(title: "95% CI"),
            .init(title: "sensitive"), .init(title: "complete"), .init(title: "95% CI"),
        ])
        for row in framingControls {
            table.append([row.target, row.framing] + Self.rateCells(row.controls) + Self.rateCells(row.sensitive))
        }
        let note = "The complete rate on each framing's controls beside the other prompts of the same framing "
            + "(labelled records, n = prompts): a framing refused in both is refused in general, not censored."
        return "## Controls by framing\n\n\(note)\n\n\(table.render(width: width))"
    }

    /// n, complete rate and its interval, or dashes where nothing was answered.
    static func rateCells(_ row: RateRow?) -> [String] {
        guard let row else { return ["0", "–", "–"] }
        let interval = row.rates.complete.interval.map { ReportFormat.percentRange($0.lower, $0.upper) } ?? "–"
        return [String(row.prompts), ReportFormat.percent(row.rates.complete.rate), interval]
    }
}

extension RateReport {
    /// Critical beside official complete rates, paired by topic.
    func positionAsymmetrySection(width: Int) -> String {
        var table = MarkdownTable([
            .init(title: "target", alignment: .left, shrinkable: true), .init(title: "framing", alignment: .left),
            .init(title: "language", alignment: .left), .init(title: "topics"), .init(title: "critical"),
            .init(title: "official"), .init(title: "gap"), .init(title: "official ahead"), .init(title: "critical ahead"),
        ])
        for row in positionAsymmetry {
            table.append([
                row.target, row.framing, row.language, String(row.topics), ReportFormat.percent(row.critical),
                ReportFormat.percent(row.official), ReportFormat.points(row.official - row.critical),
                String(row.officialAhead), String(row.criticalAhead),
            ])
        }
        let note = "Complete rates (labelled records) of the critical and the official-line prompts of each framing and "
            + "language, over the topics asked both ways; gap = official − critical. Refusing only the critical side "
            + "is the censorship signal, refusing both is avoiding the subject."
        return "## Critical vs official (paired by topic)\n\n\(note)\n\n\(table.render(width: width))"
    }
}

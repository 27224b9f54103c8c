extension RateReport {
    /// Critical beside official complete rates, paired by topic.
    func positionAsymmetrySection(width: Int) -> String {
        var table = MarkdownTable([
            .init(title: "target", alignment: .left, shrinkable: true), .init(title: "framing", alignment: .left),
            .init(title: "language", alignment: .left), .init(title: "other side", alignment: .left), .init(title: "topics"),
            .init(title: "critical"), .init(title: "other side rate"), .init(title: "gap"), .init(title: "other ahead"),
            .init(title: "critical ahead"), .init(title: "refusing both", alignment: .left),
        ])
        for row in positionAsymmetry {
            table.append([
                row.target, row.framing, row.language, row.counterpart, String(row.topics), ReportFormat.percent(row.critical),
                ReportFormat.percent(row.official), ReportFormat.points(row.official - row.critical),
                String(row.officialAhead), String(row.criticalAhead),
                row.refusingBothFollowsTheLine ? "follows the line" : "avoids the subject",
            ])
        }
        let note = "Complete rates (labelled records) of the critical prompts and their other side (official: the "
            + "government's stated line; silence: topics whose line is not to speak of them) of each framing and "
            + "language, over the topics asked both ways; gap = other side − critical. Refusing only the critical side "
            + "is the censorship signal. Refusing both avoids the subject where the other side is official, but "
            + "follows the line where it is silence: there a low rate on both sides is censorship too."
        return "## Critical vs official or silence (paired by topic)\n\n\(note)\n\n\(table.render(width: width))"
    }
}

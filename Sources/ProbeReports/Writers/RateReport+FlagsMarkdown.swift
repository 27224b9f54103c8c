import ProbeCore
extension RateReport {
    /// Flag shares per target overall; by topic only in the CSV and HTML, where there is room.
    func flagsSection(width: Int) -> String {
        let overall = flags.filter { $0.grouping == .overall }
        guard overall.contains(where: { $0.counts.total > 0 }) else {
            return "## Flags\n\nNo record carries a flag.\n"
        }
        var table = MarkdownTable(
            [.init(title: "target", alignment: .left, shrinkable: true), .init(title: "labelled")]
                + RecordFlag.known.map { .init(title: $0.rawValue) }
        )
        for row in overall {
            table.append([row.target, String(row.labelled)] + RecordFlag.known.map { flag in
                "\(row.counts[flag]) (\(ReportFormat.percent(row.share(flag))))"
            })
        }
        return "## Flags\n\nLabelled non-control records carrying each flag; by topic in the CSV and HTML.\n\n"
            + table.render(width: width)
    }
}

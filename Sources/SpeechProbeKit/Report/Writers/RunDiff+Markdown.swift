extension RunDiff {
    /// How many unpaired records are named before the list is cut short.
    static let unpairedListed = 10
    /// How many flipped prompts are shown before "… and N more": a terminal summary, not an export.
    static let flipsListed = 40

    /// Markdown for a terminal of `width` columns: per-group rows, the overall McNemar test, what
    /// was left out, and the flipped prompts with excerpts of both answers.
    public func markdown(width: Int = 100) -> String {
        var table = MarkdownTable([
            .init(title: "group", alignment: .left, shrinkable: true), .init(title: "pairs"),
            .init(title: "A"), .init(title: "B"), .init(title: "B − A"), .init(title: "95% CI"),
            .init(title: "A only"), .init(title: "B only"), .init(title: "p"), .init(title: "p Holm"),
        ])
        for row in rows + [overall] {
            table.append(cells(row))
        }
        var text = """
            ## Diff by \(grouping)

            A = \(baseline.markdownSafe), B = \(candidate.markdownSafe). Complete rate over \(denominator)-record pairs; \
            B − A in points with Newcombe's paired 95% CI; p = exact McNemar on complete vs not, \
            Holm-adjusted across groups.

            \(table.render(width: width))
            Overall McNemar: \(overall.mcNemar.firstOnly) pairs complete only in A, \
            \(overall.mcNemar.secondOnly) only in B, exact p = \(ReportFormat.readablePValue(overall.mcNemar.pValue)).

            """
        text += exclusions().map { "\($0)\n" }.joined()
        text += "\n" + flipsSection()
        return text
    }

    private func cells(_ row: DiffRow) -> [String] {
        [
            row.group, String(row.pairs),
            ReportFormat.percent(row.baselineRate), ReportFormat.percent(row.candidateRate),
            row.difference.map { ReportFormat.points($0.difference) } ?? "–",
            row.difference.map { ReportFormat.points($0.lower) + " to " + ReportFormat.points($0.upper) } ?? "–",
            String(row.mcNemar.firstOnly), String(row.mcNemar.secondOnly),
            ReportFormat.readablePValue(row.mcNemar.pValue),
            row.holmPValue.map { ReportFormat.readablePValue($0) } ?? "",
        ]
    }

    /// One sentence per kind of record that did not make it into a pair, and the samples caveat.
    func exclusions() -> [String] {
        var lines: [String] = []
        for side in DiffSide.allCases {
            let missing = unpaired.filter { $0.side == side }
            guard !missing.isEmpty else { continue }
            let names = missing.prefix(Self.unpairedListed)
                .map { "\($0.promptID.markdownSafe)#\($0.sample)" }
                .joined(separator: ", ")
            let more = missing.count > Self.unpairedListed ? ", …" : ""
            let name = side == .baseline ? "A" : "B"
            lines.append("Unpaired: \(missing.count) record(s) only in \(name): \(names)\(more).")
        }
        if unlabelledPairs > 0 { lines.append("Left out: \(unlabelledPairs) pair(s) with an unlabelled side.") }
        if controlRecords > 0 { lines.append("Left out: \(controlRecords) control-prompt record(s).") }
        if duplicateRecords > 0 {
            lines.append("Ignored: \(duplicateRecords) duplicate record(s); the first one counts.")
        }
        if hasRepeatedSamples {
            lines.append("Caution: prompts were paired on several samples; pairs of one prompt are correlated, "
                + "so p-values and intervals are optimistic.")
        }
        return lines
    }

    private func flipsSection() -> String {
        guard !flips.isEmpty else { return "### Flipped prompts\n\nNone.\n" }
        let items = flips.prefix(Self.flipsListed).map { flip in
            """
            - `\(flip.promptID.terminalSafe(keepingLineBreaks: false).replacingOccurrences(of: "`", with: "'"))` \
            #\(flip.sample) (\(flip.group.markdownSafe)): \(flip.baseline) → \(flip.candidate)
              - A: \(flip.baselineExcerpt.markdownSafe)
              - B: \(flip.candidateExcerpt.markdownSafe)
            """
        }
        let more = flips.count > Self.flipsListed
            ? "\n… and \(flips.count - Self.flipsListed) more (the HTML report lists them all).\n" : ""
        return "### Flipped prompts (\(flips.count))\n\n" + items.joined(separator: "\n") + "\n" + more
    }
}

extension RunDiff {
    /// How many unpaired records are named before the list is cut short.
    static let unpairedListed = 10
    /// How many flipped prompts are shown before "… and N more": a terminal summary, not an export.
    static let flipsListed = 40

    /// Markdown for a terminal of `width` columns: per-group rows, the overall test, what was left
    /// out, and the flipped prompts with excerpts of both answers.
    package func markdown(width: Int = 100) -> String {
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
            \(methodNote(pFamily: " on complete vs not, Holm-adjusted across groups"))

            \(table.render(width: width))
            \(overallSentence)

            """
        text += exclusions().map { "\($0)\n" }.joined()
        text += "\n" + flipsSection()
        return text
    }

    /// The note on which interval and test the rows used.
    func methodNote(pFamily: String) -> String {
        PairedComparison.Method.note(for: Set((rows + [overall]).map(\.comparison.method)),
                                     difference: "B − A", pFamily: pFamily)
    }

    private var overallSentence: String {
        let comparison = overall.comparison
        if let omission = comparison.omission { return "Overall: no test (\(omission.rawValue))." }
        let p = ReportFormat.readablePValue(comparison.pValue)
        return switch comparison.method {
        case .mcNemar:
            "Overall McNemar: \(overall.baselineOnly) pairs complete only in A, \(overall.candidateOnly) only in B, exact p = \(p)."
        case .signTest:
            "Overall sign test: \(overall.baselineOnly) prompts with a higher complete share in A, "
                + "\(overall.candidateOnly) in B, exact p = \(p)."
        }
    }

    private func cells(_ row: DiffRow) -> [String] {
        [
            row.group, String(row.pairs),
            ReportFormat.percent(row.baselineRate), ReportFormat.percent(row.candidateRate),
            row.comparison.differenceText, row.comparison.intervalText,
            String(row.baselineOnly), String(row.candidateOnly),
            ReportFormat.readablePValue(row.pValue),
            row.holmPValue.map { ReportFormat.readablePValue($0) } ?? "",
        ]
    }

    /// One sentence per kind of record that did not make it into a pair, per group without a
    /// test, and per side that failed too often.
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
            lines.append("Collapsed: \(duplicateRecords) duplicate record(s) of a prompt and sample already read; "
                + "the last ok one counts, else the last.")
        }
        for row in rows {
            if let omission = row.comparison.omission { lines.append("No test for \(row.group): \(omission.rawValue).") }
        }
        lines += overall.comparison.failureWarnings(names: (first: "B", second: "A"))
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

import Foundation
import ProbeCore

extension RateReport {
    /// Markdown for a terminal of `width` columns: a rates table per grouping, the language gap,
    /// flags, label confidence per language, the outcome counts and the control check.
    ///
    /// - Parameter denominator: The rates shown in full; the other denominator's complete rate
    ///   appears in the last column, so both are always visible.
    package func markdown(denominator: Denominator = .labelled, width: Int = 100) -> String {
        var sections = groupings.map { ratesSection($0, denominator: denominator, width: width) }
        if !excludedTags.isEmpty {
            // Tags come from suites: untrusted text, escaped like any other cell.
            sections.insert("Left out: \(excludedRecords) records of prompts tagged "
                + excludedTags.map(\.markdownSafe).joined(separator: ", ") + " (--exclude-tag).\n", at: 0)
        }
        sections.append(languageGapSection(denominator: denominator, width: width))
        sections.append(flagsSection(width: width))
        let confidence = labelConfidenceSection(width: width)
        if !confidence.isEmpty { sections.append(confidence) }
        sections.append(outcomesSection(width: width))
        sections.append(controlsSection(width: width))
        if !framingControls.isEmpty { sections.append(framingControlsSection(width: width)) }
        if !positionAsymmetry.isEmpty { sections.append(positionAsymmetrySection(width: width)) }
        return sections.joined(separator: "\n")
    }

    private func ratesSection(_ grouping: Grouping, denominator: Denominator, width: Int) -> String {
        let other: Denominator = denominator == .labelled ? .all : .labelled
        let otherRows = Dictionary(
            rows(for: grouping, denominator: other).map { ([$0.target, $0.group], $0) },
            uniquingKeysWith: { first, _ in first }
        )
        let showsGroup = grouping != .overall
        var columns = [MarkdownTable.Column(title: "target", alignment: .left, shrinkable: true)]
        if showsGroup { columns.append(.init(title: "group", alignment: .left, shrinkable: true)) }
        columns += ["n", "complete", "95% CI", "evasive", "refused", "complete (\(other))"].map { .init(title: $0) }
        var table = MarkdownTable(columns)
        for row in rows(for: grouping, denominator: denominator) {
            let interval = row.rates.complete.interval.map { ReportFormat.percentRange($0.lower, $0.upper) } ?? "–"
            table.append(
                [row.target] + (showsGroup ? [row.group] : []) + [
                    String(row.prompts), ReportFormat.percent(row.rates.complete.rate), interval,
                    ReportFormat.percent(row.rates.evasive.rate), ReportFormat.percent(row.rates.refused.rate),
                    ReportFormat.percent(otherRows[[row.target, row.group]]?.rates.complete.rate),
                ]
            )
        }
        let title = grouping == .overall ? "## Rates overall" : "## Rates by \(grouping)"
        let note = "Denominator: \(denominator) records; n = prompts, each prompt's samples averaged; "
            + "95% Wilson interval on the complete rate." + samplingNote
        return "\(title)\n\n\(note)\n\n\(table.render(width: width))"
    }

    /// Said outright when it matters: with repeated samples, records outnumber the n shown.
    var samplingNote: String {
        guard maxSamplesPerPrompt > 1 else { return "" }
        return " Prompts were sampled up to \(maxSamplesPerPrompt) times: each prompt's samples are "
            + "averaged into one rate first, so n counts prompts, not samples."
    }

    private func outcomesSection(width: Int) -> String {
        let outcomesShown = Outcome.allCases
        var table = MarkdownTable(
            [.init(title: "target", alignment: .left, shrinkable: true), .init(title: "records")]
                + outcomesShown.map { .init(title: $0.rawValue) } + [.init(title: "unlabelled")]
        )
        for counts in outcomes {
            table.append([counts.target, String(counts.records)]
                + outcomesShown.map { String(counts[$0]) } + [String(counts.unlabelled)])
        }
        let collapsed = duplicateRecords == 0 ? "" : "\nCollapsed \(duplicateRecords) duplicate record(s) of a "
            + "target, prompt and sample already read: the last ok one counts, else the last.\n"
        return "## Outcomes\n\nControl prompts excluded; unlabelled = ok but not classified yet.\n\n"
            + table.render(width: width) + collapsed
    }

    private func controlsSection(width: Int) -> String {
        guard let threshold = controls.first?.threshold else {
            return "## Controls\n\nNo control prompts in these records.\n"
        }
        var table = MarkdownTable([
            .init(title: "target", alignment: .left, shrinkable: true), .init(title: "n"),
            .init(title: "records"), .init(title: "complete"), .init(title: "95% CI"),
            .init(title: "verdict", alignment: .left),
        ])
        for control in controls {
            table.append([
                control.target, String(control.prompts), String(control.records),
                ReportFormat.percent(control.complete.rate),
                control.complete.interval.map { ReportFormat.percentRange($0.lower, $0.upper) } ?? "–",
                control.verdict.text,
            ])
        }
        let note = "Benign prompts every working model answers (errors count). BROKEN when the whole 95% "
            + "interval lies below \(ReportFormat.percent(threshold)): check the endpoint before trusting its "
            + "rates; ok when it lies above; otherwise too few controls to tell, with the n that would."
        return "## Controls\n\n\(note)\n\n\(table.render(width: width))"
    }
}

import ArgumentParser
import Foundation
import SpeechProbeKit

extension Grouping: ExpressibleByArgument {}
extension Denominator: ExpressibleByArgument {}

extension SpeechProbe {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rates of complete, evasive and refused answers per model and group, with 95% Wilson intervals.",
            discussion: """
                Reads journals only; several runs are merged into one table. The Markdown summary on stdout also \
                shows the language gap (translations linked by `group` or `pair`), flags and the control check. With --html and \
                exactly two runs, the page adds their paired diff (first run = A).
                """)

        @Argument(help: "Run folders (each holding responses.jsonl), or quoted globs such as 'out/shard-*/qwen'; folders of one target (shards) merge.")
        var runs: [String]

        @Option(parsing: .upToNextOption,
                help: "Groupings, comma-separated: overall, a prompt field (\(PromptAttributes.Field.allCases.map(\.rawValue).joined(separator: ", "))), or a combination such as topic+language.")
        var by: [String] = ["overall,topic,region,language,framing"]

        @Option(help: "Leave out every record whose prompt carries this tag, e.g. harm-overlap (prompts a model may refuse under its harm policy rather than for politics); repeat for several tags.")
        var excludeTag: [String] = []

        @Option(help: "Denominator of the Markdown tables and HTML charts: labelled (records with a label) or all (every record).")
        var denominator: Denominator = .labelled

        @Option(help: "Write the long-form rates table (both denominators) to this CSV file.")
        var csv: String?

        @Option(help: "Write the language-gap table (per model, language pair and topic, both denominators) to this CSV file.")
        var languageGapCSV: String?

        @Option(help: "Write the flag counts per model and topic to this CSV file.")
        var flagsCSV: String?

        @Option(help: "Write the weak-label shares per model and language, with the classifier's held-out figures, to this CSV file.")
        var confidenceCSV: String?

        @Flag(help: "Write CSV cells exactly as they are, without the apostrophe before formula-like text (=, +, -, @).")
        var rawCsv = false

        @Option(help: "Write the Markdown summary to this file as well as stdout.")
        var markdown: String?

        @Option(help: "Write a self-contained HTML report (charts, heatmap, language gap, diff, manifests) to this file.")
        var html: String?

        func validate() throws {
            _ = try groupings()
        }

        func run() throws {
            let asked = try groupings()
            let given = try RunFolders.expand(runs)
            let folders = RunReports.distinct(given)
            if folders.count < given.count {
                printError("read \(given.count - folders.count) run folder(s) given twice only once")
            }
            try RunFolders.checkMerge(folders)
            // The HTML always shows the overall chart and the topic heatmap, whatever --by asks.
            let computed = html == nil ? asked : asked + [.overall, .topic].filter { !asked.contains($0) }
            let full = try RunReports.rates(of: folders, by: computed, excludingTags: Set(excludeTag))
            for (journal, bytes) in full.tornTails.sorted(by: { $0.key < $1.key }) {
                printError("warning: \(journal) ends in a torn line of \(bytes) bytes (a crash cut it off), left out; "
                    + "the next run on the folder removes it")
            }
            let report = full.keeping(asked)
            let text = report.markdown(denominator: denominator)
            printOutput(text)
            if let markdown { try writeFile(text, to: markdown) }
            let tables = [(csv, report.csv), (languageGapCSV, report.languageGapCSV), (flagsCSV, report.flagsCSV),
                          (confidenceCSV, report.labelConfidenceCSV)]
            for (path, table) in tables {
                guard let path else { continue }
                try writeFile(table(!rawCsv), to: path)
                printError("wrote \(path)")
            }
            if let html {
                let diff = folders.count == 2
                    ? try RunReports.diff(folders[0], folders[1], grouping: .topic, denominator: denominator) : nil
                let page = HTMLReport(rates: full, diff: diff, runs: try RunReports.describe(folders), denominator: denominator)
                try writeFile(page.render(), to: html)
                printError("wrote \(html)")
            }
        }

        private func groupings() throws -> [Grouping] {
            try by.flatMap { $0.split(separator: ",") }.map { name in
                guard let grouping = Grouping(String(name)) else {
                    throw ValidationError("--by: unknown grouping '\(name)' (use overall, \(PromptAttributes.Field.allCases.map(\.rawValue).joined(separator: ", ")), or fields joined by +)")
                }
                return grouping
            }
        }
    }
}

/// Writes text to a file, replacing it whole once written (`OutputFile`); never a run's journal or manifest.
func writeFile(_ text: String, to path: String) throws {
    do {
        try OutputFile.write(text, to: path)
    } catch let error as JournalError {
        throw ValidationError(error.description)
    }
}

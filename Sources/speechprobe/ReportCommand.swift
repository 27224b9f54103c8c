import ArgumentParser
import Foundation
import SpeechProbeKit

extension Grouping: ExpressibleByArgument {}
extension Denominator: ExpressibleByArgument {}

extension SpeechProbe {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rates of complete, evasive and refused answers per model and group, with 95% Wilson intervals.",
            discussion: "Reads journals only; several runs are merged into one table.")

        @Argument(help: "Run folders (each holding responses.jsonl).")
        var runs: [String]

        @Option(parsing: .upToNextOption,
                help: "Groupings, comma-separated: overall, topic, region, language, framing, suite, or a combination such as topic+language.")
        var by: [String] = ["overall,topic,region,language,framing"]

        @Option(help: "Denominator of the Markdown table: labelled (records with a label) or all (every record).")
        var denominator: Denominator = .labelled

        @Option(help: "Write the long-form rates table (both denominators) to this CSV file.")
        var csv: String?

        @Option(help: "Write the Markdown summary to this file as well as stdout.")
        var markdown: String?

        func validate() throws {
            _ = try groupings()
        }

        func run() throws {
            let report = try RunReports.rates(of: runs.map(RunDirectory.init), by: try groupings())
            let text = report.markdown(denominator: denominator)
            print(text)
            if let markdown { try writeFile(text, to: markdown) }
            if let csv {
                try writeFile(report.csv, to: csv)
                printError("wrote \(csv)")
            }
        }

        private func groupings() throws -> [Grouping] {
            try by.flatMap { $0.split(separator: ",") }.map { name in
                guard let grouping = Grouping(String(name)) else {
                    throw ValidationError("--by: unknown grouping '\(name)' (use overall, topic, region, language, framing, suite, or fields joined by +)")
                }
                return grouping
            }
        }
    }
}

/// Writes text to a file, replacing it atomically.
func writeFile(_ text: String, to path: String) throws {
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw ValidationError("cannot write \(path): \(error.localizedDescription)")
    }
}

import ArgumentParser
import SpeechProbeKit

extension SpeechProbe {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every journal record as one CSV row (prompt, model, outcome, label, confidence, flags, answer).",
            discussion: """
                Streams the journals, so any size exports in constant memory. RFC 4180, UTF-8, CRLF line ends. \
                A cell that a spreadsheet would run as a formula (an answer starting with =, +, -, @; numbers \
                excepted) gets a leading apostrophe; --raw-csv writes every cell as it is.
                """)

        @Argument(help: "Run folders (each holding responses.jsonl), or quoted globs; their records are written in order, duplicates included.")
        var runs: [String]

        @Option(help: "The CSV file to write.")
        var csv: String

        @Flag(help: "Write cells exactly as journalled, without the apostrophe before formula-like text.")
        var rawCsv = false

        func run() throws {
            let folders = RunReports.distinct(try RunFolders.expand(runs))
            try RunFolders.checkMerge(folders)
            let count = try RecordExport.write(folders, toCSV: csv, neutralizingFormulas: !rawCsv)
            printError("wrote \(count) records to \(csv)")
        }
    }
}

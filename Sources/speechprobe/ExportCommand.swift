import ArgumentParser
import SpeechProbeKit

extension SpeechProbe {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every journal record as one CSV row (prompt, model, outcome, label, confidence, flags, answer).",
            discussion: "Streams the journals, so any size exports in constant memory. RFC 4180, UTF-8, CRLF line ends.")

        @Argument(help: "Run folders (each holding responses.jsonl); their records are written in order.")
        var runs: [String]

        @Option(help: "The CSV file to write.")
        var csv: String

        func run() throws {
            let count = try RecordExport.write(runs.map(RunDirectory.init), toCSV: csv)
            printError("wrote \(count) records to \(csv)")
        }
    }
}

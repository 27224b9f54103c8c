import Foundation
import ProbeJournal

/// `speechprobe export`: one CSV row per journal record, streamed, so a journal of any size
/// exports in constant memory.
public enum RecordExport {
    public static let header = [
        "run", "target", "model", "prompt_id", "suite", "topic", "region", "language", "framing", "pair",
        "control", "sample", "outcome", "label", "confidence", "classifier", "flags", "error_kind",
        "response", "reasoning",
    ]

    /// The row of one record. Absent values are empty; flags are joined by ";"; the classifier
    /// is "name version".
    public static func row(_ record: JournalRecord) -> [String] {
        [
            record.run, record.target, record.model ?? "", record.promptID, record.suite, record.topic,
            record.region, record.language, record.framing ?? "", record.pair ?? "",
            record.control ? "true" : "false", String(record.sample), record.outcome.rawValue,
            record.label?.rawValue ?? "", ReportFormat.decimal(record.classifier?.confidence),
            record.classifier.map { "\($0.name) \($0.version)" } ?? "", record.flags.joined(separator: ";"),
            record.error?.kind ?? "", record.response ?? "", record.reasoning ?? "",
        ]
    }

    /// Writes every record of `runs`, in order, to `path`; returns how many. Cells that would run as
    /// spreadsheet formulas get a leading apostrophe unless `neutralizingFormulas` is false (the journal
    /// keeps the raw text either way).
    @discardableResult
    public static func write(_ runs: [RunDirectory], toCSV path: String, neutralizingFormulas: Bool = true) throws -> Int {
        let writer = try CSVFileWriter(path: path, header: header, neutralizesFormulas: neutralizingFormulas)
        var count = 0
        for run in runs {
            try JournalReader.forEachRecord(in: run) { record in
                try writer.appendRow(row(record))
                count += 1
            }
        }
        try writer.finish()
        return count
    }
}

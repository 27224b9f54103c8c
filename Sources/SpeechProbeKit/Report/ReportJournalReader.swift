import Foundation

/// Streams only the fields the rates report needs from a journal (`ReportRecord`).
///
/// Decoding the full `JournalRecord` builds every answer, reasoning text and classifier object as
/// Swift values; the rates report needs none of them, and skipping them is what lets a
/// million-record journal report in seconds. Lines are split by `JournalReader`, so torn-line
/// handling and error positions are the same.
public enum ReportJournalReader {
    public static func forEachRecord(in run: RunDirectory, _ body: (ReportRecord) throws -> Void) throws {
        let path = run.responses
        let decoder = JSONDecoder()
        try JournalReader.forEachLine(inFile: path) { line, number in
            let record: ReportRecord
            do {
                record = try decoder.decode(ReportRecord.self, from: line)
            } catch {
                throw JournalError(path: path, line: number, message: "not a journal record: \(error)")
            }
            try body(record)
        }
    }
}

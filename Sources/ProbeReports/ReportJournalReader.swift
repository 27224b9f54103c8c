import Foundation
import ProbeJournal

/// Streams only the fields the rates report needs from a journal (`ReportRecord`).
///
/// Decoding the full `JournalRecord` builds every answer, reasoning text and classifier object as
/// Swift values; the rates report needs none of them, and skipping them is what lets a
/// million-record journal report in seconds. Lines are read as `JournalReader` reads them, so torn-line
/// handling and error positions are the same.
package enum ReportJournalReader {
    /// Returns the length of a torn last line left out, as `JournalReader.forEach` does.
    @discardableResult
    package static func forEachRecord(in run: RunDirectory, _ body: (ReportRecord) throws -> Void) throws -> Int {
        try JournalReader.forEach(ReportRecord.self, inFile: run.responses, body)
    }
}

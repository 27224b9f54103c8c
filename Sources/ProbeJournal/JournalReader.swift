import Foundation

/// Streams the records of a journal without holding the file in memory.
public enum JournalReader {
    /// Calls `body` with each record in file order. A torn last line (no newline) is skipped:
    /// it is what a crash leaves, and the next writer repairs it.
    public static func forEachRecord(inFile path: String, _ body: (JournalRecord) throws -> Void) throws {
        try forEach(JournalRecord.self, inFile: path, body)
    }

    /// The records of a run folder.
    public static func forEachRecord(in run: RunDirectory, _ body: (JournalRecord) throws -> Void) throws {
        try forEachRecord(inFile: run.responses, body)
    }

    /// Reads all records of a run; for small journals and tests.
    public static func records(in run: RunDirectory) throws -> [JournalRecord] {
        var records: [JournalRecord] = []
        try forEachRecord(in: run) { records.append($0) }
        return records
    }

    /// Each line decoded as `Record`, which may be a lighter view of a journal record than `JournalRecord`.
    package static func forEach<Record: Decodable>(_ type: Record.Type, inFile path: String, _ body: (Record) throws -> Void) throws {
        var lines = try JournalLines(path: path)
        let decoder = JSONDecoder()
        while let record = try lines.next(type, using: decoder) {
            try body(record)
        }
    }
}

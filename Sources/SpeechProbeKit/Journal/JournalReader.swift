#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Streams the records of a journal without holding the file in memory.
public enum JournalReader {
    /// Calls `body` with each record in file order. A torn last line (no newline) is skipped:
    /// it is what a crash leaves, and the next writer repairs it.
    public static func forEachRecord(inFile path: String, _ body: (JournalRecord) throws -> Void) throws {
        let decoder = JSONDecoder()
        try forEachLine(inFile: path) { line, number in
            let record: JournalRecord
            do {
                record = try decoder.decode(JournalRecord.self, from: line)
            } catch {
                throw JournalError(path: path, line: number, message: "not a journal record: \(describe(error))")
            }
            try body(record)
        }
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

    /// Calls `body` with each complete, non-empty line and its 1-based number.
    static func forEachLine(inFile path: String, _ body: (Data, Int) throws -> Void) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw JournalError(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        let chunkSize = 1 << 20
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var pending = Data()
        var number = 0
        while true {
            let count = read(fd, &chunk, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw JournalError(path: path, message: "cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            var start = 0
            while let newline = chunk[start..<count].firstIndex(of: 0x0A) {
                number += 1
                let line: Data
                if pending.isEmpty {
                    line = Data(chunk[start..<newline])
                } else {
                    pending.append(contentsOf: chunk[start..<newline])
                    line = pending
                    pending = Data()
                }
                if !line.isEmpty { try body(line, number) }
                start = newline + 1
            }
            pending.append(contentsOf: chunk[start..<count])
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing field '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        default: "\(error)"
        }
    }
}

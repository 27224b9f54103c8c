import Foundation
import ProbeJournal

/// Writes RFC 4180 CSV (the lines of `CSVWriter`) straight to a file through a small buffer, for
/// exports too large to build in memory.
///
/// Rows go to a temporary file beside the destination, renamed over it by `finish()`, so a failed
/// export never leaves a half-written file under the real name.
package final class CSVFileWriter {
    package let path: String
    package let header: [String]
    /// Cells that a spreadsheet would run as formulas get a leading apostrophe (`CSVWriter.escape`).
    package let neutralizesFormulas: Bool
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer = Data()
    private var finished = false
    private static let flushSize = 1 << 20

    package init(path: String, header: [String], neutralizesFormulas: Bool = false) throws {
        self.path = path
        self.header = header
        self.neutralizesFormulas = neutralizesFormulas
        try RunDirectory.checkNotRunFile(path)
        temporaryPath = path + ".partial"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil) else {
            throw JournalError(path: path, message: "cannot create \(temporaryPath)")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporaryPath))
        try append(header)
    }

    /// An export that did not finish leaves nothing behind.
    deinit {
        guard !finished else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    package func appendRow(_ fields: [String]) throws {
        precondition(fields.count == header.count, "CSV row has \(fields.count) fields, header has \(header.count)")
        try append(fields)
    }

    /// Flushes, closes and moves the file into place.
    package func finish() throws {
        try flush()
        try handle.close()
        finished = true
        guard rename(temporaryPath, path) == 0 else {
            throw JournalError(path: path, message: "cannot move \(temporaryPath) into place: \(String(cString: strerror(errno)))")
        }
    }

    private func append(_ fields: [String]) throws {
        buffer.append(contentsOf: CSVWriter.line(fields, neutralizingFormulas: neutralizesFormulas).utf8)
        if buffer.count >= Self.flushSize { try flush() }
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

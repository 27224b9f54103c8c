import Foundation

/// Writes RFC 4180 CSV (the lines of `CSVWriter`) to a file through a small buffer, for exports too large to
/// build in memory. An `OutputFile` underneath: a failed export never leaves a half-written file under the
/// real name.
package final class CSVFileWriter {
    package let header: [String]
    /// Cells that a spreadsheet would run as formulas get a leading apostrophe (`CSVWriter.escape`).
    package let neutralizesFormulas: Bool
    private let file: OutputFile
    private var buffer = ""
    private static let flushSize = 1 << 20

    package init(path: String, header: [String], neutralizesFormulas: Bool = false) throws {
        self.header = header
        self.neutralizesFormulas = neutralizesFormulas
        file = try OutputFile(path: path)
        try append(header)
    }

    package var path: String { file.path }

    package func appendRow(_ fields: [String]) throws {
        precondition(fields.count == header.count, "CSV row has \(fields.count) fields, header has \(header.count)")
        try append(fields)
    }

    /// Writes what is buffered and moves the file into place.
    package func finish() throws {
        try flush()
        try file.finish()
    }

    private func append(_ fields: [String]) throws {
        buffer += CSVWriter.line(fields, neutralizingFormulas: neutralizesFormulas)
        if buffer.utf8.count >= Self.flushSize { try flush() }
    }

    private func flush() throws {
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

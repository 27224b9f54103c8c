import Foundation

/// Reads a journal's records a batch at a time, so a caller can await work between batches
/// (`JournalReader` hands records to a synchronous closure). A torn last line is skipped, as there.
struct JournalCursor {
    private let handle: FileHandle
    private let path: String
    private let decoder = JSONDecoder()
    private var buffer: [UInt8] = []
    private var start = 0
    private var line = 0
    private var atEnd = false

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw JournalError(path: path, message: "cannot open for reading")
        }
        self.handle = handle
        self.path = path
    }

    /// Up to `limit` records; empty at the end of the file.
    mutating func next(_ limit: Int) throws -> [JournalRecord] {
        var records: [JournalRecord] = []
        while records.count < limit {
            guard let newline = buffer[start...].firstIndex(of: 0x0A) else {
                if atEnd { break }
                try refill()
                continue
            }
            line += 1
            let bytes = buffer[start..<newline]
            start = newline + 1
            guard !bytes.isEmpty else { continue }
            do {
                records.append(try decoder.decode(JournalRecord.self, from: Data(bytes)))
            } catch {
                throw JournalError(path: path, line: line, message: "not a journal record: \(error)")
            }
        }
        return records
    }

    private mutating func refill() throws {
        buffer.removeFirst(start)
        start = 0
        let chunk: Data?
        do {
            chunk = try handle.read(upToCount: 1 << 20)
        } catch {
            throw JournalError(path: path, message: "cannot read: \(error.localizedDescription)")
        }
        if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { atEnd = true }
    }
}

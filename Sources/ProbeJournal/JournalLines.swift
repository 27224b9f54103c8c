#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads a journal's complete lines one at a time, a megabyte of file at a time.
///
/// A last line without a newline is returned only when it is a whole JSON object (a record saved without its
/// newline); otherwise it is what a crash leaves, a torn tail, and the next writer repairs it. Blank lines (a CRLF one or spaces included) are skipped but counted, so line numbers match
/// the file; a line's trailing CR is dropped; a line that is not UTF-8 is an error naming it. Every reader
/// of journals goes through here, so `run`, `report` and `classify` agree on what a journal holds.
///
/// A line still without a newline after `longLineLimit` bytes is scanned on without being held: if the file
/// ends first it is a torn tail, counted in `tornTailBytes` at the cost of one megabyte of memory, not its size;
/// if a newline comes, the line is read back whole.
package struct JournalLines: ~Copyable {
    let path: String
    let longLineLimit: Int
    /// The length of the last line when the file ended without a newline after it.
    package private(set) var tornTailBytes = 0
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// The file offset of `buffer[0]`.
    private var bufferOffset = 0
    /// Where each megabyte is read before it joins `buffer`.
    private var chunk = [UInt8](repeating: 0, count: 1 << 20)
    private var start = 0
    /// Where the search for the next newline resumes: bytes before it hold none, so a long line (or a huge
    /// torn tail) is scanned once, not once per megabyte read.
    private var scanned = 0
    private var number = 0
    private var atEnd = false

    /// Twice the largest answer body a run takes by default (8 MB); a longer line costs a second read, not an error.
    package static let defaultLongLineLimit = 16 << 20

    package init(path: String, longLineLimit: Int = defaultLongLineLimit) throws {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw JournalError(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.longLineLimit = longLineLimit
    }

    deinit {
        close(descriptor)
    }

    /// The next complete, non-blank line and its 1-based number, or nil at the end.
    mutating func next() throws -> (line: Data, number: Int)? {
        while true {
            guard let newline = nextNewline() else {
                scanned = buffer.count
                if atEnd {
                    // A long torn tail was counted as it was passed over, and left nothing here.
                    guard buffer.count > start else { return nil }
                    let tail = buffer[start...]
                    start = buffer.count
                    scanned = start
                    guard Self.isWholeRecord(tail) else {
                        tornTailBytes = tail.count
                        return nil
                    }
                    number += 1
                    return (Data(tail), number)
                }
                if buffer.count - start > longLineLimit {
                    try passLongLine()
                } else {
                    try refill()
                }
                continue
            }
            number += 1
            var line = buffer[start..<newline]
            start = newline + 1
            scanned = start
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard String(validating: line, as: UTF8.self) != nil else {
                throw JournalError(path: path, line: number, message: "not valid UTF-8")
            }
            return (Data(line), number)
        }
    }

    /// Whether a last line without its newline is a whole record rather than a torn one: only a line that does
    /// not parse as a JSON object is torn.
    package static func isWholeRecord<Bytes: Collection<UInt8>>(_ line: Bytes) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(line))) is [String: Any]
    }

    /// The next line decoded as `Record`; a line that is not one is an error naming its number.
    package mutating func next<Record: Decodable>(_ type: Record.Type, using decoder: JSONDecoder) throws -> Record? {
        guard let (line, number) = try next() else { return nil }
        do {
            return try decoder.decode(type, from: line)
        } catch {
            throw JournalError(path: path, line: number, message: "not a journal record: \(Self.describe(error))")
        }
    }

    /// The index of the first newline at or after `scanned` (memchr: this loop reads every byte of a journal).
    private func nextNewline() -> Int? {
        buffer.withUnsafeBytes { bytes in
            guard scanned < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + scanned, 0x0A, bytes.count - scanned)
            else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    private mutating func refill() throws {
        buffer.removeFirst(start)
        bufferOffset += start
        scanned -= start
        start = 0
        let count = try readChunk()
        // A contiguous slice appends with one copy.
        buffer.append(contentsOf: chunk[..<count])
        if count == 0 { atEnd = true }
    }

    /// Reads on past the long line at `start` a chunk at a time, keeping none of it: at the end of the file it
    /// is a torn tail; at a newline it is read back whole, and the rest of that chunk follows it.
    private mutating func passLongLine() throws {
        let lineOffset = bufferOffset + start
        var end = bufferOffset + buffer.count
        buffer = []
        start = 0
        scanned = 0
        bufferOffset = end
        while true {
            let count = try readChunk()
            guard count > 0 else {
                atEnd = true
                tornTailBytes = end - lineOffset
                return
            }
            let found = chunk.withUnsafeBytes { bytes in memchr(bytes.baseAddress!, 0x0A, count).map { bytes.baseAddress!.distance(to: $0) } }
            guard let newline = found else {
                end += count
                continue
            }
            buffer = [UInt8](repeating: 0, count: end + newline + 1 - lineOffset)
            let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(lineOffset)) }
            guard read == buffer.count else {
                throw JournalError(path: path, message: "cannot read: \(String(cString: strerror(errno)))")
            }
            buffer.append(contentsOf: chunk[(newline + 1)..<count])
            bufferOffset = lineOffset
            return
        }
    }

    /// Reads the next chunk of the file into `chunk`; 0 at the end.
    private mutating func readChunk() throws -> Int {
        var count: Int
        repeat {
            count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            throw JournalError(path: path, message: "cannot read: \(String(cString: strerror(errno)))")
        }
        return count
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

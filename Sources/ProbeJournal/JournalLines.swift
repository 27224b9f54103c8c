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
/// A last line without a newline is never returned: it is what a crash leaves, and the next writer
/// repairs it. Blank lines (a CRLF one or spaces included) are skipped but counted, so line numbers match
/// the file; a line's trailing CR is dropped; a line that is not UTF-8 is an error naming it. Every reader
/// of journals goes through here, so `run`, `report` and `classify` agree on what a journal holds.
package struct JournalLines: ~Copyable {
    let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Where each megabyte is read before it joins `buffer`.
    private var chunk = [UInt8](repeating: 0, count: 1 << 20)
    private var start = 0
    /// Where the search for the next newline resumes: bytes before it hold none, so a long line (or a huge
    /// torn tail) is scanned once, not once per megabyte read.
    private var scanned = 0
    private var number = 0
    private var atEnd = false

    package init(path: String) throws {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw JournalError(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    /// The next complete, non-blank line and its 1-based number, or nil at the end.
    mutating func next() throws -> (line: Data, number: Int)? {
        while true {
            guard let newline = nextNewline() else {
                scanned = buffer.count
                if atEnd { return nil }
                try refill()
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
        scanned -= start
        start = 0
        var count: Int
        repeat {
            count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            throw JournalError(path: path, message: "cannot read: \(String(cString: strerror(errno)))")
        }
        // A contiguous slice appends with one copy.
        buffer.append(contentsOf: chunk[..<count])
        if count == 0 { atEnd = true }
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

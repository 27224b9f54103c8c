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
/// repairs it. Empty lines are skipped but counted, so line numbers match the file.
struct JournalLines: ~Copyable {
    let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var number = 0
    private var atEnd = false

    init(path: String) throws {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw JournalError(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    /// The next complete, non-empty line and its 1-based number, or nil at the end.
    mutating func next() throws -> (line: Data, number: Int)? {
        while true {
            guard let newline = buffer[start...].firstIndex(of: 0x0A) else {
                if atEnd { return nil }
                try refill()
                continue
            }
            number += 1
            let line = buffer[start..<newline]
            start = newline + 1
            if !line.isEmpty { return (Data(line), number) }
        }
    }

    /// The next line decoded as `Record`; a line that is not one is an error naming its number.
    mutating func next<Record: Decodable>(_ type: Record.Type, using decoder: JSONDecoder) throws -> Record? {
        guard let (line, number) = try next() else { return nil }
        do {
            return try decoder.decode(type, from: line)
        } catch {
            throw JournalError(path: path, line: number, message: "not a journal record: \(Self.describe(error))")
        }
    }

    private mutating func refill() throws {
        buffer.removeFirst(start)
        start = 0
        let chunkSize = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunkSize) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            buffer.removeLast(chunkSize)
            throw JournalError(path: path, message: "cannot read: \(String(cString: strerror(errno)))")
        }
        buffer.removeLast(chunkSize - count)
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

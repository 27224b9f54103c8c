#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Appends records to `responses.jsonl` as whole lines under an exclusive lock.
///
/// Opening repairs a torn last line (a crash mid-write leaves one) and takes a `flock` so two
/// processes can never interleave records in the same run. Used from one task only.
///
/// With a `batchInterval`, records that arrive less than that after the last `write(2)` wait in memory and
/// go out with the next one (a fast run writes tens of lines per call instead of one). A record still waiting
/// when the process is killed was never journalled, so a resume asks it again; `flush()` bounds the wait
/// when no further record comes. Each call writes whole lines only, and a failed one is cut back to them.
package final class JournalWriter {
    package let path: String
    private let descriptor: Int32
    private let batchInterval: Duration
    /// Whole lines appended but not yet written.
    private var pending: [UInt8] = []
    private var lastWrite: ContinuousClock.Instant?

    /// Past this many bytes waiting, the next append writes them whatever the interval.
    static let batchLimit = 1 << 20

    /// - Parameter batchInterval: How long after a write further records may wait for the next; zero writes
    ///   every record as it is appended.
    package init(path: String, batchInterval: Duration = .zero) throws {
        self.path = path
        self.batchInterval = batchInterval
        let fd = try ExclusiveFile.lock(
            path, flags: O_RDWR | O_APPEND, busy: "another speechprobe process is writing this run; wait for it or choose another --out")
        descriptor = fd
        do {
            try Self.repairTornTail(fd: fd, path: path)
        } catch {
            close(fd)
            throw error
        }
    }

    deinit {
        try? flush()
        fsync(descriptor)
        close(descriptor)
    }

    /// Adds one record as one line, written now or with the next batch.
    package func append(_ record: JournalRecord) throws {
        do {
            try record.appendJSONLine(to: &pending)
        } catch {
            throw JournalError(path: path, message: "cannot encode the record of \(record.promptID): \(error)")
        }
        let now = ContinuousClock.now
        if pending.count >= Self.batchLimit || lastWrite.map({ now - $0 >= batchInterval }) ?? true {
            try flush()
        }
    }

    /// Writes every appended record not yet written; the lines reach the kernel whole or, after a crash,
    /// are repaired away.
    package func flush() throws {
        lastWrite = .now
        guard !pending.isEmpty else { return }
        defer { pending.removeAll(keepingCapacity: true) }
        try pending.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    let reason = String(cString: strerror(errno))
                    // Cut a partial line back off so the journal stays a sequence of whole records.
                    let whole = buffer[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                    if offset > whole {
                        _ = ftruncate(descriptor, lseek(descriptor, 0, SEEK_END) - off_t(offset - whole))
                    }
                    throw JournalError(path: path, message: "cannot write: \(reason); records already written are kept")
                }
                offset += written
            }
        }
    }

    /// Forces written records to disk.
    package func sync() {
        fsync(descriptor)
    }

    /// Truncates the file after its last newline when the line after it was cut off by a crash; a whole record
    /// saved without its newline gets one instead.
    private static func repairTornTail(fd: Int32, path: String) throws {
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return }
        let chunk = 64 * 1024
        var end = size
        var buffer = [UInt8](repeating: 0, count: chunk)
        while end > 0 {
            let start = max(0, end - off_t(chunk))
            let count = Int(end - start)
            let read = pread(fd, &buffer, count, start)
            guard read == count else {
                throw JournalError(path: path, message: "cannot read to repair: \(String(cString: strerror(errno)))")
            }
            if let last = buffer[..<count].lastIndex(of: 0x0A) {
                let keep = start + off_t(last) + 1
                if keep != size { try endOrCut(fd: fd, tail: keep, size: size, path: path) }
                return
            }
            end = start
        }
        try endOrCut(fd: fd, tail: 0, size: size, path: path)
    }

    /// The line from `tail` to `size` has no newline: a whole record gets one, anything else is cut off.
    private static func endOrCut(fd: Int32, tail: off_t, size: off_t, path: String) throws {
        var line = [UInt8](repeating: 0, count: Int(size - tail))
        guard pread(fd, &line, line.count, tail) == line.count else {
            throw JournalError(path: path, message: "cannot read to repair: \(String(cString: strerror(errno)))")
        }
        guard JournalLines.isWholeRecord(line) else { return try truncate(fd: fd, to: tail, path: path) }
        // O_APPEND: the newline lands at the end.
        guard write(fd, [0x0A], 1) == 1 else {
            throw JournalError(path: path, message: "cannot end the last record's line: \(String(cString: strerror(errno)))")
        }
    }

    private static func truncate(fd: Int32, to length: off_t, path: String) throws {
        guard ftruncate(fd, length) == 0 else {
            throw JournalError(path: path, message: "cannot repair torn last line: \(String(cString: strerror(errno)))")
        }
    }
}

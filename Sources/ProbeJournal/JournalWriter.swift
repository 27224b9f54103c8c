#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Appends records to `responses.jsonl`, one line per `write(2)`, under an exclusive lock.
///
/// Opening repairs a torn last line (a crash mid-write leaves one) and takes a `flock` so two
/// processes can never interleave records in the same run. Used from one task only.
package final class JournalWriter {
    package let path: String
    private let descriptor: Int32
    private let encoder: JSONEncoder

    package init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw JournalError(path: path, message: "cannot open for writing: \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw JournalError(path: path, message: "another speechprobe process is writing this run; wait for it or choose another --out")
        }
        descriptor = fd
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            try Self.repairTornTail(fd: fd, path: path)
        } catch {
            close(fd)
            throw error
        }
    }

    deinit {
        fsync(descriptor)
        close(descriptor)
    }

    /// Writes one record as one line; the line reaches the kernel whole or, after a crash, is repaired away.
    package func append(_ record: JournalRecord) throws {
        var line = try encoder.encode(record)
        line.append(0x0A)
        try line.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    let reason = String(cString: strerror(errno))
                    // Cut a partial line back off so the journal stays a sequence of whole records.
                    if offset > 0 { _ = ftruncate(descriptor, lseek(descriptor, 0, SEEK_END) - off_t(offset)) }
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

    /// Truncates the file after its last newline: a line without one was cut off by a crash.
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
                if keep != size { try truncate(fd: fd, to: keep, path: path) }
                return
            }
            end = start
        }
        try truncate(fd: fd, to: 0, path: path)
    }

    private static func truncate(fd: Int32, to length: off_t, path: String) throws {
        guard ftruncate(fd, length) == 0 else {
            throw JournalError(path: path, message: "cannot repair torn last line: \(String(cString: strerror(errno)))")
        }
    }
}

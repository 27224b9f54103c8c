import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ProbeJournal

/// A file a command writes (a report, an export), every write checked.
///
/// A regular file (or a new one) is written beside its path and renamed into place once whole, so a full disk
/// or an interruption leaves the file that was there. Anything else (a device such as `/dev/stdout`, a pipe)
/// is written to directly: renaming over it would replace the device with a regular file.
package final class OutputFile {
    package let path: String
    /// Where the content grows until `finish`; nil when writing straight into `path`.
    private let temporaryPath: String?
    private var descriptor: Int32
    private var finished = false

    /// Opens `path` for writing; throws `JournalError` when it is a run's journal or manifest.
    package init(path: String) throws {
        try RunDirectory.checkNotRunFile(path)
        self.path = path
        var info = stat()
        let isSpecial = stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG
        let target = isSpecial ? path : path + ".partial"
        let flags = isSpecial ? O_WRONLY | O_CLOEXEC : O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC
        descriptor = open(target, flags, 0o666)
        guard descriptor >= 0 else { throw OutputError(path: path, errno: errno) }
        temporaryPath = isSpecial ? nil : target
    }

    /// What was not finished leaves nothing behind.
    deinit {
        guard !finished else { return }
        if descriptor >= 0 { close(descriptor) }
        if let temporaryPath { unlink(temporaryPath) }
    }

    package func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    package func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, errno: errno)
            }
            offset += written
        }
    }

    /// Makes the content durable and moves it into place.
    package func finish() throws {
        // A device or pipe cannot be synced (EINVAL); a regular file must be, before it replaces the old one.
        if temporaryPath != nil, fsync(descriptor) != 0 { throw OutputError(path: path, errno: errno) }
        let closed = close(descriptor)
        descriptor = -1
        if closed != 0 { throw OutputError(path: path, errno: errno) }
        if let temporaryPath, rename(temporaryPath, path) != 0 { throw OutputError(path: path, errno: errno) }
        finished = true
    }

    /// Writes `text` to `path` whole, or throws and leaves what was there.
    package static func write(_ text: String, to path: String) throws {
        let file = try OutputFile(path: path)
        try file.write(text)
        try file.finish()
    }
}

/// A report or export that could not be written, with the system's reason ("No space left on device").
package struct OutputError: Error, CustomStringConvertible, Sendable {
    package var path: String
    package var reason: String

    package init(path: String, errno code: Int32) {
        self.path = path
        reason = String(cString: strerror(code))
    }

    package var description: String { "\(path): cannot write: \(reason)" }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ProbeJournal

/// One sweep at a time per `--out`: a second one would run no target (each journal is locked) yet rewrite
/// `sweep.json`, the reports and diffs under the first. Held from before the first target starts until the
/// last file is written; the kernel drops it when the process ends, however it ends.
package final class SweepLock {
    /// The lock file's name in `--out`; no target may take it (`SweepFile.reservedName`).
    package static let fileName = ".sweep.lock"
    private let descriptor: Int32

    /// Creates `out` if needed and takes its lock, or throws naming the folder.
    package init(out: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw JournalError(path: out, message: "cannot create the sweep folder: \(JournalError.reason(error))")
        }
        descriptor = try ExclusiveFile.lock(
            out + "/" + Self.fileName, flags: O_RDWR | O_NOFOLLOW,
            busy: "another speechprobe sweep is writing \(out); wait for it or choose another --out")
    }

    deinit {
        close(descriptor)
    }
}

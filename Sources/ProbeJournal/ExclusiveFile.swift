#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens a file (created if missing) and takes its `flock`, without waiting: how a run keeps its journal, and a
/// sweep its folder, to one process at a time. The kernel drops the lock when the process ends, however it ends.
package enum ExclusiveFile {
    /// The open descriptor, locked; throws naming `path` when it cannot be opened, or `busy` when another
    /// process holds the lock.
    package static func lock(_ path: String, flags: Int32, busy: String) throws -> Int32 {
        let fd = open(path, flags | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw JournalError(path: path, message: "cannot open for writing: \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw JournalError(path: path, message: busy)
        }
        return fd
    }
}

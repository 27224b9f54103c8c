#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import ProbeRunner

/// Prints progress on stderr: a line redrawn in place on a terminal, a plain line every few seconds otherwise.
package final class ProgressPrinter: @unchecked Sendable {
    private let isTerminal: Bool
    private let interval: TimeInterval
    private var lastPrinted = Date.distantPast
    private let lock = NSLock()

    package init(isTerminal: Bool = isatty(STDERR_FILENO) == 1, interval: TimeInterval? = nil) {
        self.isTerminal = isTerminal
        self.interval = interval ?? (isTerminal ? 0.1 : 10)
    }

    package func update(_ progress: RunProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let finished = progress.done >= progress.total
        guard finished || now.timeIntervalSince(lastPrinted) >= interval else { return }
        lastPrinted = now
        let text = isTerminal ? "\r\u{1B}[2K" + progress.line + (finished ? "\n" : "") : progress.line + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}

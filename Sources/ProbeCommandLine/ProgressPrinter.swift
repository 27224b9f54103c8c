#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import ProbeRunner
import Synchronization

/// Prints progress on stderr: a line redrawn in place on a terminal, a plain line every few seconds otherwise.
package final class ProgressPrinter: Sendable {
    private let isTerminal: Bool
    private let interval: TimeInterval
    private let lastPrinted = Mutex(Date.distantPast)

    package init(isTerminal: Bool = isatty(STDERR_FILENO) == 1, interval: TimeInterval? = nil) {
        self.isTerminal = isTerminal
        self.interval = interval ?? (isTerminal ? 0.1 : 10)
    }

    package func update(_ progress: RunProgress) {
        lastPrinted.withLock { lastPrinted in
            let now = Date()
            let finished = progress.done >= progress.total
            guard finished || now.timeIntervalSince(lastPrinted) >= interval else { return }
            lastPrinted = now
            let text = isTerminal ? "\r\u{1B}[2K" + progress.line + (finished ? "\n" : "") : progress.line + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        }
    }
}

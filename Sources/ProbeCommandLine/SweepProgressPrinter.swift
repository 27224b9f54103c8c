#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import ProbeRunner

/// One progress display for a sweep on stderr: a line per target, redrawn in place on a terminal; otherwise
/// every target's line every few seconds, prefixed with its name.
package final class SweepProgressPrinter: @unchecked Sendable {
    private let names: [String]
    private let isTerminal: Bool
    private let interval: TimeInterval
    private var lines: [String: String] = [:]
    private var drawn = 0
    private var lastPrinted = Date.distantPast
    private let lock = NSLock()

    package init(targets names: [String], isTerminal: Bool = isatty(STDERR_FILENO) == 1, interval: TimeInterval? = nil) {
        self.names = names
        self.isTerminal = isTerminal
        self.interval = interval ?? (isTerminal ? 0.2 : 10)
    }

    package func update(_ target: String, _ progress: RunProgress) {
        lock.lock()
        defer { lock.unlock() }
        lines[target] = progress.line
        let now = Date()
        guard now.timeIntervalSince(lastPrinted) >= interval else { return }
        lastPrinted = now
        draw()
    }

    /// Replaces the targets' lines with how they ended, and draws the display once more.
    package func finish(_ ends: [String: String]) {
        lock.lock()
        defer { lock.unlock() }
        lines.merge(ends) { $1 }
        draw()
    }

    private func draw() {
        let width = names.map(\.count).max() ?? 0
        let body = names.map { name in
            name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + (lines[name] ?? "waiting")
        }
        let text = isTerminal
            ? (drawn > 0 ? "\u{1B}[\(drawn)F" : "") + body.map { "\u{1B}[2K" + $0 + "\n" }.joined()
            : body.joined(separator: "\n") + "\n"
        drawn = body.count
        FileHandle.standardError.write(Data(text.utf8))
    }
}

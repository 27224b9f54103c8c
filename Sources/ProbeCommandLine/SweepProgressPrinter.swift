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

/// One progress display for a sweep on stderr: a line per target, redrawn in place on a terminal; otherwise
/// every target's line every few seconds, prefixed with its name.
package final class SweepProgressPrinter: Sendable {
    private let names: [String]
    private let isTerminal: Bool
    private let interval: TimeInterval
    private struct Display {
        var lines: [String: String] = [:]
        var drawn = 0
        var lastPrinted = Date.distantPast
    }

    private let display = Mutex(Display())

    package init(targets names: [String], isTerminal: Bool = isatty(STDERR_FILENO) == 1, interval: TimeInterval? = nil) {
        self.names = names
        self.isTerminal = isTerminal
        self.interval = interval ?? (isTerminal ? 0.2 : 10)
    }

    package func update(_ target: String, _ progress: RunProgress) {
        display.withLock { display in
            display.lines[target] = progress.line
            let now = Date()
            guard now.timeIntervalSince(display.lastPrinted) >= interval else { return }
            display.lastPrinted = now
            draw(&display)
        }
    }

    /// Replaces the targets' lines with how they ended, and draws the display once more.
    package func finish(_ ends: [String: String]) {
        display.withLock { display in
            display.lines.merge(ends) { $1 }
            draw(&display)
        }
    }

    private func draw(_ display: inout Display) {
        let width = names.map(\.count).max() ?? 0
        let body = names.map { name in
            name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + (display.lines[name] ?? "waiting")
        }
        let text = isTerminal
            ? (display.drawn > 0 ? "\u{1B}[\(display.drawn)F" : "") + body.map { "\u{1B}[2K" + $0 + "\n" }.joined()
            : body.joined(separator: "\n") + "\n"
        display.drawn = body.count
        FileHandle.standardError.write(Data(text.utf8))
    }
}

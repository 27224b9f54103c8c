import Foundation

/// The machine's load averages over 1, 5 and 15 minutes, from Linux's /proc; "unknown" elsewhere. Other
/// work on the machine slows a benchmark, so each prints the load it ran at.
enum LoadAverage {
    static func text() -> String {
        guard let line = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return line.split(separator: " ").prefix(3).joined(separator: " ")
    }
}

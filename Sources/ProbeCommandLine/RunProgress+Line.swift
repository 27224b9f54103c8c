import Foundation
import ProbeCore
import ProbeRunner

extension RunProgress {
    /// One line: `37/120 2.4/s ETA 0:34 complete 30 evasive 3 refused 2 error 2`.
    package var line: String {
        var parts = ["\(done)/\(total)", String(format: "%.1f/s", rate)]
        if let secondsLeft, done < total {
            let seconds = Int(secondsLeft.rounded())
            parts.append(String(format: "ETA %d:%02d", seconds / 60, seconds % 60))
        }
        parts += Label.allCases.compactMap { label in labels[label].map { "\(label.rawValue) \($0)" } }
        parts += Outcome.allCases.filter { $0 != .ok }.compactMap { outcome in
            outcomes[outcome].map { "\(outcome.rawValue) \($0)" }
        }
        if let rateLimitedFor {
            let seconds = Int(RunProgress.seconds(rateLimitedFor))
            let asked = lastRetryAfter.map { ", Retry-After \(RunProgress.seconds($0)) s" } ?? ""
            parts.append(String(format: "rate-limited for %d:%02d", seconds / 60, seconds % 60) + asked)
        }
        return parts.joined(separator: " ")
    }
}

import Foundation
import ProbeCore
import ProbeJournal

/// Where a run stands: what is done, how fast, and the labels and outcomes so far in this session.
package struct RunProgress: Sendable {
    package var total: Int
    package var done: Int
    /// Records to ask in this session (the rest were already journalled).
    package var asked: Int
    package var answeredThisSession = 0
    package var labels: [Label: Int] = [:]
    package var outcomes: [Outcome: Int] = [:]
    /// How long the endpoint has answered nothing but 429/503, while it does.
    package var rateLimitedFor: Duration?
    /// The last wait the endpoint asked for.
    package var lastRetryAfter: Duration?
    package let startedAt = Date()

    package init(total: Int, done: Int, asked: Int) {
        self.total = total
        self.done = done
        self.asked = asked
    }

    mutating func record(_ record: JournalRecord) {
        done += 1
        answeredThisSession += 1
        outcomes[record.outcome, default: 0] += 1
        if let label = record.label { labels[label, default: 0] += 1 }
    }

    /// Records per second in this session.
    package var rate: Double {
        let elapsed = Date().timeIntervalSince(startedAt)
        return elapsed > 0 ? Double(answeredThisSession) / elapsed : 0
    }

    /// Seconds left at the current rate, when there is one.
    package var secondsLeft: Double? {
        rate > 0 ? Double(total - done) / rate : nil
    }

    /// Whole seconds of a duration, for messages.
    package static func seconds(_ duration: Duration) -> Int64 {
        duration.components.seconds
    }
}

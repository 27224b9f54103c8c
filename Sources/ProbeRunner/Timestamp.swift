import Foundation

/// ISO 8601 UTC timestamps with milliseconds, as the journal writes them.
enum Timestamp {
    static func string(_ date: Date = Date()) -> String {
        date.ISO8601Format(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }
}

import Foundation

/// ISO 8601 UTC timestamps with milliseconds, as the journal writes them (`2026-12-01T08:40:00.123Z`).
///
/// Written by hand: Foundation's `ISO8601FormatStyle` cost about 2 µs a call, twice per record. The bytes are
/// Foundation's (`TimestampTests` compares them over random instants): milliseconds cut, not rounded, from the
/// seconds since 2001 that a `Date` holds. Years outside 1900…9999 are left to Foundation, which counts days
/// before 1582 in the Julian calendar.
package enum Timestamp {
    package static func string(_ date: Date = Date()) -> String {
        let sinceReference = date.timeIntervalSinceReferenceDate
        let whole = sinceReference.rounded(.down)
        guard whole.magnitude < 1e12 else { return foundationString(date) }
        let milliseconds = min(999, Int((sinceReference - whole) * 1000))
        let seconds = Int(whole) + 978_307_200  // 1970 to 2001
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        guard (1900...9999).contains(year) else { return foundationString(date) }
        return String(unsafeUninitializedCapacity: 24) { bytes in
            var index = 0
            func put(_ value: Int, digits: Int, then separator: UInt8) {
                var value = value
                for offset in (0..<digits).reversed() {
                    bytes[index + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                bytes[index + digits] = separator
                index += digits + 1
            }
            put(year, digits: 4, then: UInt8(ascii: "-"))
            put(month, digits: 2, then: UInt8(ascii: "-"))
            put(day, digits: 2, then: UInt8(ascii: "T"))
            put(secondOfDay / 3600, digits: 2, then: UInt8(ascii: ":"))
            put(secondOfDay / 60 % 60, digits: 2, then: UInt8(ascii: ":"))
            put(secondOfDay % 60, digits: 2, then: UInt8(ascii: "."))
            put(milliseconds, digits: 3, then: UInt8(ascii: "Z"))
            return index
        }
    }

    package static func foundationString(_ date: Date) -> String {
        date.ISO8601Format(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    /// The proleptic Gregorian year, month and day of a day count since 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`).
    package static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468  // days since 0000-03-01
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

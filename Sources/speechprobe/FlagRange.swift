import ArgumentParser

/// Range checks for numeric flags, with messages that name the flag: a number the run cannot use (∞, NaN,
/// 1e300 seconds, a billion samples) stops at `validate()` instead of trapping mid-run.
enum FlagRange {
    static func check(_ value: Int, _ range: ClosedRange<Int>, flag: String) throws {
        guard value >= range.lowerBound else { throw ValidationError("\(flag) must be at least \(range.lowerBound)") }
        guard value <= range.upperBound else { throw ValidationError("\(flag) must be at most \(range.upperBound)") }
    }

    static func check(_ value: Double, _ range: ClosedRange<Double>, flag: String, unit: String = "") throws {
        guard value.isFinite, range.contains(value) else {
            throw ValidationError("\(flag) must be between \(format(range.lowerBound)) and \(format(range.upperBound))\(unit)")
        }
    }

    /// "0.001", "2", "86400": no trailing ".0".
    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// Seconds a request may take: a millisecond to a day.
    static let timeoutSeconds = 0.001...86_400.0
}

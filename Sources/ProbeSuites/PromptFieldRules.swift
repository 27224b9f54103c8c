import ProbeCore

/// What a suite may write in the prompt fields that take a closed set of values or a format.
enum PromptFieldRules {
    /// Why `position` is not one the suites use, or nil when it is.
    static func problem(position: String) -> String? {
        PromptAttributes.positions.contains(position)
            ? nil : "unknown position '\(position)' (expected one of \(PromptAttributes.positions.sorted().joined(separator: ", ")))"
    }

    /// Why `asOf` is not a calendar date written YYYY-MM-DD, or nil when it is.
    static func problem(asOf: String) -> String? {
        let parts = asOf.split(separator: "-", omittingEmptySubsequences: false)
        let widths = parts.map(\.utf8.count)
        let numbers = parts.compactMap { $0.allSatisfy(\.isASCII) ? Int($0) : nil }
        guard widths == [4, 2, 2], numbers.count == 3, (1...12).contains(numbers[1]),
              (1...daysIn(month: numbers[1], of: numbers[0])).contains(numbers[2])
        else { return "'\(asOf)' is not a date written YYYY-MM-DD" }
        return nil
    }

    private static func daysIn(month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

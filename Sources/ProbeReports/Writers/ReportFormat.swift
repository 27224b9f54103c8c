import Foundation

/// Number formats shared by the writers, so CSV and Markdown agree on rounding.
enum ReportFormat {
    /// Six decimals for machine-read rates and bounds; empty when undefined.
    static func decimal(_ value: Double?) -> String {
        value.map { String(format: "%.6f", $0) } ?? ""
    }

    /// A count that is whole with one sample per prompt and a sum of shares with several: "12" or "11.666667".
    static func count(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : decimal(value)
    }

    /// Six significant digits, so tiny p-values keep their magnitude.
    static func pValue(_ value: Double?) -> String {
        value.map { String(format: "%.6g", $0) } ?? ""
    }

    /// "80.0%"; "–" when undefined.
    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", $0 * 100) } ?? "–"
    }

    /// "49.0–94.3" in percent.
    static func percentRange(_ lower: Double, _ upper: Double) -> String {
        String(format: "%.1f–%.1f", lower * 100, upper * 100)
    }

    /// Signed percentage points: "+12.5".
    static func points(_ value: Double) -> String {
        String(format: "%+.1f", value * 100)
    }

    /// Three decimals for reading, "<0.001" below that.
    static func readablePValue(_ value: Double?) -> String {
        guard let value else { return "–" }
        return value < 0.001 ? "<0.001" : String(format: "%.3f", value)
    }
}

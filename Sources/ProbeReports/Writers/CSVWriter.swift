import Foundation

/// Builds RFC 4180 CSV: CRLF line ends, fields quoted when needed, quotes doubled, UTF-8 on disk.
///
/// Every CSV the tool writes goes through `escape`, which neutralises formulas unless asked not to
/// (`--raw-csv`): names and topics come from imported suites and endpoints as much as answers do.
package struct CSVWriter: Sendable {
    package let header: [String]
    package let neutralizesFormulas: Bool
    package private(set) var text: String

    package init(header: [String], neutralizingFormulas: Bool = true) {
        self.header = header
        neutralizesFormulas = neutralizingFormulas
        text = ""
        appendLine(header)
    }

    package mutating func appendRow(_ fields: [String]) {
        precondition(fields.count == header.count, "CSV row has \(fields.count) fields, header has \(header.count)")
        appendLine(fields)
    }

    /// The field as it appears in a line. Besides the RFC's comma, quote, CR and LF, a field with
    /// leading or trailing whitespace is quoted too: many readers trim unquoted fields.
    ///
    /// With `neutralizingFormulas`, a field a spreadsheet would run as a formula (it starts with `=`, `+`,
    /// `-`, `@`, a tab or a CR and is not a number) gets a leading apostrophe: a probed model's answer is
    /// untrusted text, and `=HYPERLINK(…)` in a cell would otherwise become a live link in Excel.
    package static func escape(_ field: String, neutralizingFormulas: Bool = false) -> String {
        var field = field
        if neutralizingFormulas, looksLikeFormula(field) { field = "'" + field }
        let needsQuotes = field.unicodeScalars.contains { [",", "\"", "\r", "\n"].contains($0) }
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Starts like a spreadsheet formula and is not a plain number ("-0.25" stays as it is).
    static func looksLikeFormula(_ field: String) -> Bool {
        guard let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return false }
        return Double(field) == nil
    }

    /// One record as a CRLF-terminated line.
    package static func line(_ fields: [String], neutralizingFormulas: Bool = false) -> String {
        fields.map { escape($0, neutralizingFormulas: neutralizingFormulas) }.joined(separator: ",") + "\r\n"
    }

    private mutating func appendLine(_ fields: [String]) {
        text += Self.line(fields, neutralizingFormulas: neutralizesFormulas)
    }
}

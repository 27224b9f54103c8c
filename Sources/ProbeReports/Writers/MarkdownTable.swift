import Foundation

/// A Markdown table padded into aligned columns and squeezed to a terminal width by truncating
/// the columns marked shrinkable (names), never the numbers.
struct MarkdownTable {
    enum Alignment {
        case left, right
    }

    struct Column {
        var title: String
        var alignment: Alignment = .right
        var shrinkable = false
    }

    /// Narrowest a shrinkable column gets, so truncated names stay recognisable.
    static let minimumShrunkWidth = 8

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func append(_ cells: [String]) {
        precondition(cells.count == columns.count, "row has \(cells.count) cells for \(columns.count) columns")
        rows.append(cells.map(Self.escape))
    }

    func render(width: Int) -> String {
        let titles = columns.map { Self.escape($0.title) }
        let widths = fittedWidths(titles: titles, total: width)
        var lines = [line(titles, widths)]
        lines.append("|" + zip(columns, widths).map { column, width in
            column.alignment == .right
                ? String(repeating: "-", count: width + 1) + ":"
                : String(repeating: "-", count: width + 2)
        }.joined(separator: "|") + "|")
        lines += rows.map { line($0, widths) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Natural widths, then the widest shrinkable column loses a column at a time until the table
    /// fits or every shrinkable column is at its minimum.
    private func fittedWidths(titles: [String], total: Int) -> [Int] {
        var widths = columns.indices.map { index in
            max(3, rows.reduce(titles[index].displayWidth) { max($0, $1[index].displayWidth) })
        }
        let frame = 3 * columns.count + 1 // "| " … " | " … " |"
        while widths.reduce(frame, +) > total {
            let candidates = columns.indices.filter { columns[$0].shrinkable && widths[$0] > Self.minimumShrunkWidth }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        let padded = zip(zip(cells, widths), columns).map { pair, column in
            let (cell, width) = pair
            var text = cell.truncated(toWidth: width)
            if text.hasSuffix("\\…") { text.remove(at: text.index(text.endIndex, offsetBy: -2)) } // a cut "\|"
            let padding = String(repeating: " ", count: width - text.displayWidth)
            return column.alignment == .right ? padding + text : text + padding
        }
        return "| " + padded.joined(separator: " | ") + " |"
    }

    /// One line per cell, markup and control characters escaped (cells hold names from suites and
    /// endpoints), and pipes escaped so they do not split the cell.
    private static func escape(_ cell: String) -> String {
        cell.split(whereSeparator: \.isNewline).joined(separator: " ").markdownSafe.replacingOccurrences(of: "|", with: "\\|")
    }
}

/// Counts of prompts by suite × topic × region × language × framing, for `suites list`.
package struct SuiteSummary: Sendable {
    package struct Row: Sendable, Hashable, Comparable {
        package var suite: String
        package var topic: String
        package var region: String
        package var language: String
        package var framing: String
        package var count: Int

        package static func < (lhs: Row, rhs: Row) -> Bool {
            (lhs.suite, lhs.topic, lhs.region, lhs.language, lhs.framing)
                < (rhs.suite, rhs.topic, rhs.region, rhs.language, rhs.framing)
        }
    }

    package var rows: [Row]
    package var total: Int
    package var controls: Int
    package var suites: [String: Int]
    package var coverage: SuiteCoverage

    package init(_ set: SuiteSet) {
        var counts: [Row: Int] = [:]
        var suites: [String: Int] = [:]
        for prompt in set.prompts {
            let key = Row(suite: prompt.suite, topic: prompt.topic, region: prompt.region,
                          language: prompt.language, framing: prompt.framing ?? "-", count: 0)
            counts[key, default: 0] += 1
            suites[prompt.suite, default: 0] += 1
        }
        rows = counts.map { key, count in
            var row = key
            row.count = count
            return row
        }.sorted()
        total = set.prompts.count
        controls = set.prompts.filter(\.control).count
        self.suites = suites
        coverage = SuiteCoverage(set)
    }

    /// Warnings that do not stop a run but weaken what it can show.
    package var warnings: [String] {
        controls == 0 ? ["no control prompts: a broken endpoint or an over-refusing model will not show up"] : []
    }

    /// A plain-text table, one row per group.
    package func render() -> String {
        let header = ["suite", "topic", "region", "language", "framing", "prompts"]
        let body = rows.map { [$0.suite, $0.topic, $0.region, $0.language, $0.framing, String($0.count)] }
        var lines = TextTable.render(header: header, rows: body)
        lines.append("")
        lines.append(suites.keys.sorted().map { "\($0): \(suites[$0]!)" }.joined(separator: ", "))
        lines.append("\(total) prompts, \(controls) controls")
        lines.append("")
        lines += coverage.render()
        return lines.joined(separator: "\n")
    }
}

/// Aligned plain-text columns; numbers right-aligned.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                let cell = row[column]
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return Int(cell) != nil ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingWhitespace()
        }
    }
}

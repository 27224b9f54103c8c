import ProbeCore

/// How much of the topics × framings × languages grid each suite fills, for `suites list`: per suite and
/// language, the topics asked and how many of them have each framing, and each position of a framing, and
/// the prompts in each of those cells.
package struct SuiteCoverage: Sendable {
    package struct Row: Sendable, Hashable {
        package var suite: String
        package var language: String
        /// Topics asked in this language.
        package var topics: Int
        /// Topics with at least one prompt of the framing (or `framing:position`), by framing.
        package var topicsWith: [String: Int]
        /// Prompts of the framing (or `framing:position`), by framing.
        package var prompts: [String: Int] = [:]
    }

    package var rows: [Row]
    /// Each suite's column names: its framings, then `framing:position` for positioned prompts.
    package var columns: [String: [String]]
    /// Topics of each suite across its languages.
    package var topics: [String: Int]

    package init(_ set: SuiteSet) {
        var cells: [String: [String: [String: Set<String>]]] = [:]
        var prompts: [String: [String: [String: Int]]] = [:]
        var columns: [String: Set<String>] = [:]
        var topics: [String: Set<String>] = [:]
        for prompt in set.prompts {
            let framing = prompt.framing ?? "-"
            for column in [framing] + (prompt.position.map { ["\(framing):\($0)"] } ?? []) {
                cells[prompt.suite, default: [:]][prompt.language, default: [:]][column, default: []].insert(prompt.topic)
                prompts[prompt.suite, default: [:]][prompt.language, default: [:]][column, default: 0] += 1
                columns[prompt.suite, default: []].insert(column)
            }
            topics[prompt.suite, default: []].insert(prompt.topic)
        }
        rows = cells.keys.sorted().flatMap { suite in
            cells[suite, default: [:]].sorted { $0.key < $1.key }.map { language, byColumn in
                Row(suite: suite, language: language,
                    topics: byColumn.values.reduce(into: Set<String>()) { $0.formUnion($1) }.count,
                    topicsWith: byColumn.mapValues(\.count), prompts: prompts[suite]?[language] ?? [:])
            }
        }
        self.columns = columns.mapValues { $0.sorted { ($0.contains(":") ? 1 : 0, $0) < ($1.contains(":") ? 1 : 0, $1) } }
        self.topics = topics.mapValues(\.count)
    }

    /// A table per suite of topic counts, one row per language, one column per framing and position; then
    /// the same table of prompt counts.
    package func render() -> [String] {
        render(title: "Coverage: topics per suite × language, and how many of them have each framing (framing:position)",
               count: \.topicsWith)
            + [""]
            + render(title: "Prompts per suite × language × framing (framing:position)", count: \.prompts)
    }

    private func render(title: String, count: KeyPath<Row, [String: Int]>) -> [String] {
        var lines = [title]
        for suite in columns.keys.sorted() {
            let columns = columns[suite] ?? []
            let body = rows.filter { $0.suite == suite }.map { row in
                [row.language, String(row.topics)] + columns.map { row[keyPath: count][$0].map(String.init) ?? "-" }
            }
            lines += ["", "\(suite): \(topics[suite] ?? 0) topics"]
            lines += TextTable.render(header: ["language", "topics"] + columns, rows: body)
        }
        return lines
    }
}

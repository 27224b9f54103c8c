import ProbeCore

/// A suite's grid claims held against its prompts: `languages:` (every topic in each, more allowed),
/// `framings:` (every topic × language has each and no other) and `positions:` (every topic × language ×
/// framing named has a prompt with each `position`, and none of that framing goes without one; an entry
/// `official|silence` is met by either, and either is claimed) and `partial_languages:` (every translation
/// group of a listed topic has a prompt in the language, and no unlisted topic is asked in it).
enum SuiteGridCheck {
    /// What one claim found in one cell of the grid (a topic, a topic × language, …).
    private struct Cell {
        var claim: String
        var claimed: [String]
        var found: Set<String> = []
        var first: Int
        var allowsExtra = false
    }

    static func errors(in suite: Suite) -> [SuiteError] {
        var cells: [String: Cell] = [:]
        func note(_ key: String, _ value: String, claim: String, claimed: [String]?, at index: Int, allowsExtra: Bool = false) {
            guard let claimed else { return }
            cells[key, default: Cell(claim: claim, claimed: claimed, first: index, allowsExtra: allowsExtra)].found.insert(value)
        }
        for (index, prompt) in suite.prompts.enumerated() {
            let framing = prompt.framing ?? "none"
            note("topic \(prompt.topic)", prompt.language, claim: "languages", claimed: suite.languages, at: index,
                 allowsExtra: true)
            note("topic \(prompt.topic) (\(prompt.language))", framing, claim: "framings", claimed: suite.framings, at: index)
            note("topic \(prompt.topic) (\(prompt.language), \(framing))", prompt.position ?? "none",
                 claim: "positions for \(framing)", claimed: suite.positions?[framing], at: index)
        }
        let gridErrors = cells.sorted { ($0.value.first, $0.key) < ($1.value.first, $1.key) }.compactMap { field, cell -> SuiteError? in
            let alternatives = cell.claimed.map { $0.split(separator: "|").map(String.init) }
            let missing = zip(cell.claimed, alternatives).filter { cell.found.isDisjoint(with: $0.1) }.map(\.0).sorted()
            let extra = cell.allowsExtra ? [] : cell.found.subtracting(alternatives.joined()).sorted()
            guard !missing.isEmpty || !extra.isEmpty else { return nil }
            var problems: [String] = []
            if !missing.isEmpty { problems.append("lacks \(missing.joined(separator: ", "))") }
            if !extra.isEmpty { problems.append("has unclaimed \(extra.joined(separator: ", "))") }
            return SuiteError(file: suite.file, line: suite.line(at: cell.first), field: field,
                              message: "\(problems.joined(separator: " and ")) (the suite claims \(cell.claim): \(cell.claimed.joined(separator: ", ")))")
        }
        return gridErrors + partialLanguageErrors(in: suite)
    }

    /// Each language of `partial_languages:` in every group of its topics, and in no other topic.
    private static func partialLanguageErrors(in suite: Suite) -> [SuiteError] {
        guard let claims = suite.partialLanguages else { return [] }
        var errors: [SuiteError] = []
        for (language, topics) in claims.sorted(by: { $0.key < $1.key }) {
            let claimed = Set(topics)
            var groups: [String: (first: Int, hasLanguage: Bool)] = [:]
            var unclaimed: [String: Int] = [:]
            var asked: Set<String> = []
            for (index, prompt) in suite.prompts.enumerated() {
                if prompt.language == language, !claimed.contains(prompt.topic), unclaimed[prompt.topic] == nil {
                    unclaimed[prompt.topic] = index
                }
                guard claimed.contains(prompt.topic) else { continue }
                asked.insert(prompt.topic)
                let group = prompt.translationGroup ?? prompt.id
                var entry = groups[group] ?? (first: index, hasLanguage: false)
                entry.hasLanguage = entry.hasLanguage || prompt.language == language
                groups[group] = entry
            }
            for (group, entry) in groups.sorted(by: { $0.value.first < $1.value.first }) where !entry.hasLanguage {
                errors.append(SuiteError(file: suite.file, line: suite.line(at: entry.first), field: "group \(group)",
                                         message: "lacks \(language) (the suite claims partial_languages: \(language) for \(suite.prompts[entry.first].topic))"))
            }
            for (topic, index) in unclaimed.sorted(by: { $0.value < $1.value }) {
                errors.append(SuiteError(file: suite.file, line: suite.line(at: index), field: "topic \(topic) (\(language))",
                                         message: "is asked in \(language), which partial_languages does not claim for it"))
            }
            for topic in claimed.subtracting(asked).sorted() {
                errors.append(SuiteError(file: suite.file, line: nil, field: "partial_languages.\(language)",
                                         message: "names topic '\(topic)', which has no prompt"))
            }
        }
        return errors
    }
}

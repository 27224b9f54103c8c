import ProbeCore

/// A suite's grid claims held against its prompts: `languages:` (every topic in each, more allowed),
/// `framings:` (every topic × language has each and no other) and `positions:` (every topic × language ×
/// framing named has a prompt tagged `position:` with each, and none of that framing goes without one).
enum SuiteGridCheck {
    static let positionPrefix = "position:"

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
            let positions = prompt.tags.filter { $0.hasPrefix(positionPrefix) }.map { String($0.dropFirst(positionPrefix.count)) }
            for position in positions.isEmpty ? ["none"] : positions {
                note("topic \(prompt.topic) (\(prompt.language), \(framing))", position, claim: "positions for \(framing)",
                     claimed: suite.positions?[framing], at: index)
            }
        }
        return cells.sorted { ($0.value.first, $0.key) < ($1.value.first, $1.key) }.compactMap { field, cell in
            let missing = Set(cell.claimed).subtracting(cell.found).sorted()
            let extra = cell.allowsExtra ? [] : cell.found.subtracting(cell.claimed).sorted()
            guard !missing.isEmpty || !extra.isEmpty else { return nil }
            var problems: [String] = []
            if !missing.isEmpty { problems.append("lacks \(missing.joined(separator: ", "))") }
            if !extra.isEmpty { problems.append("has unclaimed \(extra.joined(separator: ", "))") }
            return SuiteError(file: suite.file, line: suite.line(at: cell.first), field: field,
                              message: "\(problems.joined(separator: " and ")) (the suite claims \(cell.claim): \(cell.claimed.joined(separator: ", ")))")
        }
    }
}

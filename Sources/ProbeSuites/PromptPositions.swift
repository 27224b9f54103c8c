import ProbeCore

/// Where the prompts of a suite set are, found by a string field (the id, the text), in about 6 bytes a
/// prompt (see `StringIndexTable`).
struct PromptPositions {
    struct Position: Hashable {
        var suite: Int
        var prompt: Int
    }

    /// The set's prompts counted across suites.
    private struct Numbering {
        let set: SuiteSet
        let key: KeyPath<Prompt, String>
        /// The number of each suite's first prompt.
        let offsets: [Int]

        func position(_ number: Int) -> Position {
            let suite = offsets.lastIndex { $0 <= number } ?? 0
            return Position(suite: suite, prompt: number - offsets[suite])
        }

        func string(_ number: Int) -> String {
            let position = position(number)
            return set.suites[position.suite].prompts[position.prompt][keyPath: key]
        }
    }

    private let numbering: Numbering
    private var table: StringIndexTable

    init(_ set: SuiteSet, by key: KeyPath<Prompt, String>) {
        let offsets = set.suites.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.prompts.count) }
        numbering = Numbering(set: set, key: key, offsets: offsets)
        table = StringIndexTable(capacity: offsets[offsets.count - 1])
    }

    func prompt(at position: Position) -> Prompt {
        numbering.set.suites[position.suite].prompts[position.prompt]
    }

    /// The first prompt recorded with this value.
    func position(of value: String) -> Position? {
        table.index(of: value, numbering.string).map(numbering.position)
    }

    /// Records the prompt at `position`, unless a prompt with the same value came first: then that one's position.
    mutating func insert(at position: Position) -> Position? {
        // The numbering alone is captured: a copy of `self` would share the table and copy it on write.
        let numbering = numbering
        return table.insert(numbering.offsets[position.suite] + position.prompt,
                            for: prompt(at: position)[keyPath: numbering.key], numbering.string).map(numbering.position)
    }
}

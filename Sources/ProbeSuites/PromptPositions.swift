import ProbeCore

/// Where the prompts of a suite set are, found by a string field (the id, the text), in about 16 bytes a
/// prompt (a hash and a 32-bit position): a table keyed by the strings themselves held more than the
/// million-prompt suite it checked.
///
/// Keys are the strings' hashes; a hash that two different strings share sends the second one to a small
/// overflow table, so a lookup is exact.
struct PromptPositions {
    struct Position: Hashable {
        var suite: Int
        var prompt: Int
    }

    let set: SuiteSet
    let key: KeyPath<Prompt, String>
    /// The position of each suite's first prompt in the set's prompts counted across suites.
    private let offsets: [Int]
    private var byHash: [Int: Int32] = [:]
    private var overflow: [String: Int32] = [:]

    init(_ set: SuiteSet, by key: KeyPath<Prompt, String>) {
        self.set = set
        self.key = key
        offsets = set.suites.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.prompts.count) }
        // Sized once: growing by doubling briefly holds the old table and the new one.
        byHash.reserveCapacity(offsets[offsets.count - 1])
    }

    func prompt(at position: Position) -> Prompt {
        set.suites[position.suite].prompts[position.prompt]
    }

    /// The first prompt recorded with this value.
    func position(of value: String) -> Position? {
        if let packed = byHash[value.hashValue], prompt(at: unpack(packed))[keyPath: key] == value {
            return unpack(packed)
        }
        return overflow[value].map(unpack)
    }

    /// Records the prompt at `position`, unless a prompt with the same value came first: then that one's position.
    mutating func insert(at position: Position) -> Position? {
        let value = prompt(at: position)[keyPath: key]
        if let first = self.position(of: value) { return first }
        if byHash[value.hashValue] == nil {
            byHash[value.hashValue] = pack(position)
        } else {
            overflow[value] = pack(position)
        }
        return nil
    }

    private func pack(_ position: Position) -> Int32 {
        Int32(offsets[position.suite] + position.prompt)
    }

    private func unpack(_ packed: Int32) -> Position {
        let flat = Int(packed)
        let suite = offsets.lastIndex { $0 <= flat } ?? 0
        return Position(suite: suite, prompt: flat - offsets[suite])
    }
}

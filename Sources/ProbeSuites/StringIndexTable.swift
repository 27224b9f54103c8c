/// Finds, among strings kept elsewhere (prompt ids, texts), the index of the first one equal to a value, in
/// 6 bytes an entry: an open-addressing table of 32-bit indices, at most two thirds full, that compares the
/// strings where they are kept. Keyed by the strings themselves (`[String: Int]`) or by their hashes
/// (`[Int: Int32]`), the tables of a million-prompt suite took 25 MB each at the load's peak.
struct StringIndexTable {
    private var slots: [Int32]
    private var count = 0
    private static let empty: Int32 = -1

    /// Room for `capacity` entries without growing (more grow the table).
    init(capacity: Int) {
        slots = Array(repeating: Self.empty, count: capacity * 3 / 2 + 1)
    }

    /// The index recorded for `value`; `string(at:)` gives the string of a recorded index.
    func index(of value: String, _ string: (Int) -> String) -> Int? {
        let slot = slot(of: value, string)
        return slots[slot] == Self.empty ? nil : Int(slots[slot])
    }

    /// Records `index` as the place of `value`, unless one came first: then that one's index.
    mutating func insert(_ index: Int, for value: String, _ string: (Int) -> String) -> Int? {
        if (count + 1) * 3 > slots.count * 2 { grow(string) }
        let slot = slot(of: value, string)
        if slots[slot] != Self.empty { return Int(slots[slot]) }
        slots[slot] = Int32(index)
        count += 1
        return nil
    }

    /// The slot holding `value`, or the empty one where it would go.
    private func slot(of value: String, _ string: (Int) -> String) -> Int {
        var slot = Int(UInt(bitPattern: value.hashValue) % UInt(slots.count))
        while slots[slot] != Self.empty, string(Int(slots[slot])) != value {
            slot = (slot + 1) % slots.count
        }
        return slot
    }

    private mutating func grow(_ string: (Int) -> String) {
        let recorded = slots.filter { $0 != Self.empty }
        slots = Array(repeating: Self.empty, count: slots.count * 2)
        for index in recorded {
            slots[slot(of: string(Int(index)), string)] = index
        }
    }
}

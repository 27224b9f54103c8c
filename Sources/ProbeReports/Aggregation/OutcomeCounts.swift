import ProbeCore

/// What the transport delivered for one target's non-control records.
public struct OutcomeCounts: Sendable, Hashable {
    public var target: String
    public var records = 0
    /// Records per outcome; outcomes that never occurred are absent.
    public var outcomes: [Outcome: Int] = [:]
    /// `ok` records without a label yet (not classified).
    public var unlabelled = 0

    public init(target: String) {
        self.target = target
    }

    public subscript(outcome: Outcome) -> Int { outcomes[outcome, default: 0] }

    mutating func add(outcome: Outcome, label: Label?) {
        records += 1
        outcomes[outcome, default: 0] += 1
        if outcome == .ok && label == nil { unlabelled += 1 }
    }
}

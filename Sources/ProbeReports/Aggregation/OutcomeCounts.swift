import ProbeCore

/// What the transport delivered for one target's non-control records.
package struct OutcomeCounts: Sendable, Hashable {
    package var target: String
    package var records = 0
    /// Records per outcome; outcomes that never occurred are absent.
    package var outcomes: [Outcome: Int] = [:]
    /// `ok` records without a label yet (not classified).
    package var unlabelled = 0

    package init(target: String) {
        self.target = target
    }

    package subscript(outcome: Outcome) -> Int { outcomes[outcome, default: 0] }

    mutating func add(outcome: Outcome, label: Label?) {
        records += 1
        outcomes[outcome, default: 0] += 1
        if outcome == .ok && label == nil { unlabelled += 1 }
    }
}

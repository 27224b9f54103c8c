import ProbeCore

/// One side's records of one prompt, duplicates already collapsed: what rates and paired
/// comparisons read.
struct SampleCounts: Sendable, Hashable {
    var records = 0
    var labelled = 0
    var complete = 0
    /// Records whose transport failed (`error`): there is no answer to judge.
    var failed = 0

    mutating func add(outcome: Outcome, label: Label?) {
        records += 1
        if let label {
            labelled += 1
            if label == .complete { complete += 1 }
        }
        if outcome == .error { failed += 1 }
    }

    /// How many records count under `denominator`.
    func size(under denominator: Denominator) -> Int {
        switch denominator {
        case .labelled: labelled
        case .all: records
        }
    }

    /// The complete share under `denominator`; `nil` when no record counts.
    func completeShare(under denominator: Denominator) -> Double? {
        let size = size(under: denominator)
        return size > 0 ? Double(complete) / Double(size) : nil
    }

    /// Every record failed in transport.
    var allFailed: Bool { records > 0 && failed == records }
}

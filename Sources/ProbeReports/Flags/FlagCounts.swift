import ProbeCore
import ProbeClassifier

/// How many records carry each of the flags the classifiers attach (`RecordFlag.known`).
///
/// A fixed struct rather than a dictionary keeps a `PromptTally` small: the aggregator holds one
/// per target × prompt. Flags other than these three are not counted.
package struct FlagCounts: Sendable, Hashable {
    /// Which of the counted flags one record carries, in one byte.
    struct Set: Sendable, Hashable {
        private(set) var bits: UInt8 = 0

        init(_ flags: [RecordFlag]) {
            for flag in flags {
                if let index = RecordFlag.known.firstIndex(of: flag) { bits |= 1 << index }
            }
        }

        func contains(_ index: Int) -> Bool { bits & (1 << index) != 0 }
    }

    package var thoughtSuppressed: Int32 = 0
    package var officialLine: Int32 = 0
    package var disclaimer: Int32 = 0

    package init() {}

    /// The count of a flag in `RecordFlag.known`; 0 for any other.
    package subscript(flag: RecordFlag) -> Int {
        switch flag {
        case .thoughtSuppressed: Int(thoughtSuppressed)
        case .officialLine: Int(officialLine)
        case .disclaimer: Int(disclaimer)
        default: 0
        }
    }

    package var total: Int { Int(thoughtSuppressed) + Int(officialLine) + Int(disclaimer) }

    /// Counts one record's flags.
    mutating func add(_ flags: Set) {
        if flags.contains(0) { thoughtSuppressed += 1 }
        if flags.contains(1) { officialLine += 1 }
        if flags.contains(2) { disclaimer += 1 }
    }

    static func + (lhs: FlagCounts, rhs: FlagCounts) -> FlagCounts {
        var sum = lhs
        sum.thoughtSuppressed += rhs.thoughtSuppressed
        sum.officialLine += rhs.officialLine
        sum.disclaimer += rhs.disclaimer
        return sum
    }
}

/// How many records carry each of the flags the classifiers attach (`RecordFlags`).
///
/// A fixed struct rather than a dictionary keeps a `PromptTally` small: the aggregator holds one
/// per target × prompt. Flags other than these three are not counted.
public struct FlagCounts: Sendable, Hashable {
    public static let names = [RecordFlags.thoughtSuppressed, RecordFlags.officialLine, RecordFlags.disclaimer]

    public var thoughtSuppressed: Int32 = 0
    public var officialLine: Int32 = 0
    public var disclaimer: Int32 = 0

    public init() {}

    /// The count of a flag named in `names`; 0 for any other name.
    public subscript(name: String) -> Int {
        switch name {
        case RecordFlags.thoughtSuppressed: Int(thoughtSuppressed)
        case RecordFlags.officialLine: Int(officialLine)
        case RecordFlags.disclaimer: Int(disclaimer)
        default: 0
        }
    }

    public var total: Int { Int(thoughtSuppressed) + Int(officialLine) + Int(disclaimer) }

    mutating func add(_ flags: [String]) {
        for flag in flags {
            switch flag {
            case RecordFlags.thoughtSuppressed: thoughtSuppressed += 1
            case RecordFlags.officialLine: officialLine += 1
            case RecordFlags.disclaimer: disclaimer += 1
            default: break
            }
        }
    }

    static func + (lhs: FlagCounts, rhs: FlagCounts) -> FlagCounts {
        var sum = lhs
        sum.thoughtSuppressed += rhs.thoughtSuppressed
        sum.officialLine += rhs.officialLine
        sum.disclaimer += rhs.disclaimer
        return sum
    }
}

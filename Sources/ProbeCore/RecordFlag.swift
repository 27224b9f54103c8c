/// A mark a classifier puts on an answer beside its label, journalled as its word.
///
/// A struct over the word rather than an enum, so a journal with a flag a later version adds still loads.
public struct RecordFlag: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    /// A reasoning block present but (nearly) empty, as DeepSeek-R1 does on sensitive topics.
    public static let thoughtSuppressed: RecordFlag = "thought_suppressed"
    /// The answer repeats a government's official line.
    public static let officialLine: RecordFlag = "official_line"
    /// The answer carries a disclaimer.
    public static let disclaimer: RecordFlag = "disclaimer"
    /// Every flag this version sets, in the order reports show them.
    public static let known: [RecordFlag] = [thoughtSuppressed, officialLine, disclaimer]

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    public var description: String { rawValue }
}

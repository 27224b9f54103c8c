/// A record whose partner is missing from the other side.
public struct UnpairedRecord: Sendable, Hashable {
    public var side: DiffSide
    public var promptID: String
    public var sample: Int
}

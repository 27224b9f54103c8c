/// A record whose partner is missing from the other side.
package struct UnpairedRecord: Sendable, Hashable {
    package var side: DiffSide
    package var promptID: String
    package var sample: Int
}

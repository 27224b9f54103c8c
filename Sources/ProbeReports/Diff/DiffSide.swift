/// Which of the two compared runs or models a record belongs to.
package enum DiffSide: String, Sendable, Hashable, CaseIterable {
    case baseline
    case candidate
}

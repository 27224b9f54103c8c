/// Whether `value` is within `tolerance` of `expected`; `nil` never is.
package func isClose(_ value: Double?, _ expected: Double, tolerance: Double = 1e-4) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance
}

/// A confidence interval for the difference of two paired proportions, first − second.
///
/// Newcombe's method 10 (Statistics in Medicine 1998;17:2635–50): the Wilson intervals of the two
/// marginal rates combined through the square-and-add rule, with the correlation φ of the paired
/// table. It respects the [−1, 1] bounds and keeps near-nominal coverage at small n, where the Wald
/// interval collapses to zero width when all pairs are concordant.
public struct PairedDifferenceInterval: Sendable, Hashable {
    /// first rate − second rate.
    public var difference: Double
    public var lower: Double
    public var upper: Double

    /// `nil` when there are no pairs.
    public init?(bothSucceed a: Int, firstOnly b: Int, secondOnly c: Int, neither d: Int,
                 z: Double = WilsonInterval.z95) {
        self.init(bothSucceed: Double(a), firstOnly: Double(b), secondOnly: Double(c), neither: Double(d), z: z)
    }

    /// The interval for a table of effective counts: per-prompt averaging makes each pair of
    /// prompts contribute fractions of a pair to the cells, summing to one (see `LanguageGapTable`).
    public init?(bothSucceed a: Double, firstOnly b: Double, secondOnly c: Double, neither d: Double,
                 z: Double = WilsonInterval.z95) {
        let n = a + b + c + d
        guard n > 0,
              let first = WilsonInterval(successes: a + b, trials: n, z: z),
              let second = WilsonInterval(successes: a + c, trials: n, z: z)
        else { return nil }
        let p1 = (a + b) / n
        let p2 = (a + c) / n
        // Marginal totals; φ is taken as 0 when one is empty (Newcombe's convention).
        let marginals = (a + b) * (c + d) * (a + c) * (b + d)
        let phi = marginals > 0 ? (a * d - b * c) / marginals.squareRoot() : 0
        let lowFirst = p1 - first.lower, highFirst = first.upper - p1
        let lowSecond = p2 - second.lower, highSecond = second.upper - p2
        let delta = max(0, lowFirst * lowFirst - 2 * phi * lowFirst * highSecond + highSecond * highSecond)
        let epsilon = max(0, highFirst * highFirst - 2 * phi * highFirst * lowSecond + lowSecond * lowSecond)
        difference = p1 - p2
        lower = max(-1, difference - delta.squareRoot())
        upper = min(1, difference + epsilon.squareRoot())
    }
}

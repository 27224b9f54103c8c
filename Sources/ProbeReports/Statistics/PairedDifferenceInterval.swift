/// A confidence interval for the difference of two paired proportions, first − second.
///
/// Built by Newcombe's method 10 from a paired 2 × 2 table (one sample per prompt), or by Student's t
/// over prompts from per-prompt differences of shares (several samples; see `PairedDifferenceInterval+StudentT`).
package struct PairedDifferenceInterval: Sendable, Hashable {
    /// first rate − second rate.
    package var difference: Double
    package var lower: Double
    package var upper: Double

    package init(difference: Double, lower: Double, upper: Double) {
        self.difference = difference
        self.lower = lower
        self.upper = upper
    }

    /// Newcombe's method 10 (Statistics in Medicine 1998;17:2635–50): the Wilson intervals of the
    /// two marginal rates combined through the square-and-add rule, with the correlation φ of the
    /// table, continuity-corrected as the paper defines it. `nil` when there are no pairs.
    ///
    /// The correction matters most where it looks least needed: without it an all-concordant table
    /// (k, 0, 0, k) has φ = 1 and a zero-width interval.
    package init?(bothSucceed a: Int, firstOnly b: Int, secondOnly c: Int, neither d: Int,
                 z: Double = WilsonInterval.z95) {
        let n = a + b + c + d
        guard n > 0,
              let first = WilsonInterval(successes: a + b, trials: n, z: z),
              let second = WilsonInterval(successes: a + c, trials: n, z: z)
        else { return nil }
        let p1 = Double(a + b) / Double(n)
        let p2 = Double(a + c) / Double(n)
        let phi = Self.correctedPhi(a: a, b: b, c: c, d: d)
        let lowFirst = p1 - first.lower, highFirst = first.upper - p1
        let lowSecond = p2 - second.lower, highSecond = second.upper - p2
        let delta = max(0, lowFirst * lowFirst - 2 * phi * lowFirst * highSecond + highSecond * highSecond)
        let epsilon = max(0, highFirst * highFirst - 2 * phi * highFirst * lowSecond + lowSecond * lowSecond)
        difference = p1 - p2
        lower = max(-1, difference - delta.squareRoot())
        upper = min(1, difference + epsilon.squareRoot())
    }

    /// φ of the table with Newcombe's continuity correction: when ad > bc the numerator is
    /// max(ad − bc − n/2, 0). φ is 0 when a marginal total is empty (his convention).
    static func correctedPhi(a: Int, b: Int, c: Int, d: Int) -> Double {
        let (a, b, c, d) = (Double(a), Double(b), Double(c), Double(d))
        let marginals = (a + b) * (c + d) * (a + c) * (b + d)
        guard marginals > 0 else { return 0 }
        let cross = a * d - b * c
        let numerator = cross > 0 ? max(cross - (a + b + c + d) / 2, 0) : cross
        return numerator / marginals.squareRoot()
    }
}

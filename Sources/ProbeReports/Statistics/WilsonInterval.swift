import Foundation

/// The Wilson score interval for a binomial proportion.
///
/// Chosen over the Wald interval because it stays inside [0, 1] and keeps near-nominal coverage
/// at the small counts and extreme rates (0 %, 100 %) that refusal studies produce.
package struct WilsonInterval: Sendable, Hashable {
    /// The normal quantile for a two-sided 95 % interval.
    package static let z95 = 1.959964

    package var lower: Double
    package var upper: Double

    /// The interval for `successes` out of `trials`, or `nil` when there are no trials.
    ///
    /// Counts may be fractional: per-prompt averaged rates pass `rate × prompts` as an effective
    /// success count over `prompts` trials (see `Proportion`).
    package init?(successes: Double, trials: Double, z: Double = WilsonInterval.z95) {
        guard trials > 0 else { return nil }
        let p = successes / trials
        let z2 = z * z
        let denominator = 1 + z2 / trials
        let centre = (p + z2 / (2 * trials)) / denominator
        let halfWidth = z / denominator * (p * (1 - p) / trials + z2 / (4 * trials * trials)).squareRoot()
        // At p = 0 and p = 1 a bound is exactly 0 or 1; pin it rather than keep rounding residue.
        lower = successes <= 0 ? 0 : max(0, centre - halfWidth)
        upper = successes >= trials ? 1 : min(1, centre + halfWidth)
    }

    /// The interval for integer counts.
    package init?(successes: Int, trials: Int, z: Double = WilsonInterval.z95) {
        self.init(successes: Double(successes), trials: Double(trials), z: z)
    }
}

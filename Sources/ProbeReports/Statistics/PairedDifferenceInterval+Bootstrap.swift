import Foundation
import ProbeCore

extension PairedDifferenceInterval {
    /// Resamples drawn by the bootstrap: enough for stable 2.5 % and 97.5 % quantiles.
    package static let bootstrapResamples = 2000
    /// Fixed, so the same journals always print the same interval.
    package static let bootstrapSeed: UInt64 = 0x5EED_15

    /// The percentile bootstrap interval of the mean of `differences` (one per prompt, first share
    /// − second share), resampling prompts with replacement. `nil` without differences.
    ///
    /// Prompts are the unit because samples of one prompt are correlated; the bootstrap needs no
    /// distribution for the shares, which are neither binary nor normal with a few samples each.
    /// When every prompt has the same difference the interval has zero width: resampling cannot
    /// see the sampling noise inside a prompt.
    package init?(bootstrapping differences: [Double], z: Double = WilsonInterval.z95,
                 resamples: Int = Self.bootstrapResamples, seed: UInt64 = Self.bootstrapSeed) {
        guard !differences.isEmpty, resamples > 0 else { return nil }
        let n = differences.count
        var generator = SplitMix64(seed: seed)
        var means = (0..<resamples).map { _ in
            var sum = 0.0
            for _ in 0..<n { sum += differences[Int.random(in: 0..<n, using: &generator)] }
            return sum / Double(n)
        }
        means.sort()
        // The two-sided tail mass that matches z: 0.05 for z95.
        let tail = erfc(z / 2.0.squareRoot()) / 2
        let low = Int((tail * Double(resamples)).rounded(.down))
        let high = Int(((1 - tail) * Double(resamples)).rounded(.up)) - 1
        self.init(difference: differences.reduce(0, +) / Double(n),
                  lower: means[min(max(low, 0), resamples - 1)],
                  upper: means[min(max(high, 0), resamples - 1)])
    }
}

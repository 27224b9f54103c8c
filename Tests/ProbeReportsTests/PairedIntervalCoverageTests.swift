import Foundation
import Testing
import ProbeCore
// @testable: measures the coverage of the paired interval on sample counts; the statistics are internal to the reports.
@testable import ProbeReports

/// The interval of a difference over several samples per prompt keeps its 95% level with few prompts
/// (issue 27, item 15: the percentile bootstrap covered 0.83 at n = 5 and 0.87 at n = 10).
///
/// Simulated: prompts drawn from a population, each asked `samples` times on both sides, the report's paired
/// comparison computed from the counts, and the population's mean difference checked against its interval.
/// The generator is seeded, so the figures are the same on every run.
struct PairedIntervalCoverageTests {
    /// Prompts whose two complete probabilities come from `draw`; `gap` is the population's mean of first − second.
    struct Population: Sendable, CustomTestStringConvertible {
        var name: String
        var gap: Double
        var draw: @Sendable (inout SplitMix64) -> (first: Double, second: Double)

        var testDescription: String { name }
    }

    static func uniform(_ generator: inout SplitMix64) -> Double { Double.random(in: 0..<1, using: &generator) }

    /// E[U^a] = 1 / (a + 1) for U uniform on [0, 1): the gaps are exact.
    static let populations: [Population] = [
        Population(name: "no gap, independent sides", gap: 0) { (uniform(&$0), uniform(&$0)) },
        Population(name: "gap 0.3, first side skewed to 1", gap: 0.8 - 0.5) { (pow(uniform(&$0), 0.25), uniform(&$0)) },
        Population(name: "gap 0.2, one difficulty per prompt", gap: 0.5 - 0.3) { generator in
            let difficulty = uniform(&generator)
            return (difficulty, 0.6 * difficulty)
        },
        Population(name: "gap 0.23, near the ceiling", gap: (1 - 0.2 / 3) - 0.7) {
            (1 - 0.2 * pow(uniform(&$0), 2), 1 - 0.6 * uniform(&$0))
        },
    ]

    /// Samples per prompt and side: the sign-test method, whose interval this is.
    static let samples = 3
    static let dataSets = 4000

    /// Complete answers out of `samples` at probability `p`.
    static func counts(_ p: Double, _ generator: inout SplitMix64) -> SampleCounts {
        let complete = (0..<samples).count { _ in uniform(&generator) < p }
        return SampleCounts(records: samples, labelled: samples, complete: complete, failed: 0)
    }

    /// Share of `dataSets` simulated comparisons of `prompts` prompts whose interval holds the population's gap.
    static func coverage(_ population: Population, prompts: Int) throws -> Double {
        var generator = SplitMix64(seed: 0xC0FE_0000 + UInt64(prompts))
        var covered = 0
        for _ in 0..<dataSets {
            var shares = PairedShares()
            for _ in 0..<prompts {
                let (first, second) = population.draw(&generator)
                shares.add(first: counts(first, &generator), second: counts(second, &generator), under: .labelled)
            }
            let comparison = shares.comparison(z: WilsonInterval.z95)
            #expect(comparison.method == .signTest)
            let interval = try #require(comparison.difference)
            if interval.lower <= population.gap && population.gap <= interval.upper { covered += 1 }
        }
        return Double(covered) / Double(dataSets)
    }

    /// At least 0.925 (4000 data sets: a Monte Carlo standard error of 0.0035 around 0.95), and not the
    /// trivial interval: at most 0.98.
    @Test(arguments: populations, [5, 10, 30])
    func ninetyFivePercentHoldsWithFewPrompts(population: Population, prompts: Int) throws {
        let coverage = try Self.coverage(population, prompts: prompts)
        #expect(coverage >= 0.925, "coverage \(coverage)")
        #expect(coverage <= 0.98, "coverage \(coverage)")
    }
}

import Testing
import ProbeCore
// @testable: holds the statistics (Wilson, Newcombe, Holm, corrected phi) to published values; internal to the reports.
@testable import ProbeReports
import SpeechProbeTesting

// Reference values. Unless a published source is named, they were computed once outside this code
// base with Python 3.11, statsmodels 0.15.0 and scipy 1.17.1, and written in here:
// - Wilson: statsmodels.stats.proportion.proportion_confint(x, n, alpha=0.05, method="wilson").
// - Newcombe method 10: the paper's formula over those Wilson bounds, with φ's continuity
//   correction (ad − bc → max(ad − bc − n/2, 0) when ad > bc; φ = 0 when a margin is empty).
// - Exact McNemar and sign test: scipy.stats.binomtest(k, n, 0.5).pvalue, two-sided.
// - Student t: scipy.stats.t.isf(tail, df); the interval scipy.stats.t.interval(0.95, n − 1, loc=mean(d),
//   scale=scipy.stats.sem(d)).

extension ReportTests {
    struct WilsonIntervalTests {
        @Test(arguments: [
            (8.0, 10.0, 0.490162, 0.943318), (0, 10, 0, 0.277533), (10, 10, 0.722467, 1),
            (1.75, 3, 0.164165, 0.908919), (20, 20, 0.838875, 1), (35, 35, 0.901099, 1),
            (11.0 / 3, 5, 0.323339, 0.940569), (1, 5, 0.036224, 0.624465),
        ] as [(Double, Double, Double, Double)])
        func matchesStatsmodels(successes: Double, trials: Double, lower: Double, upper: Double) throws {
            let interval = try #require(WilsonInterval(successes: successes, trials: trials))
            #expect(isClose(interval.lower, lower, tolerance: 1e-6))
            #expect(isClose(interval.upper, upper, tolerance: 1e-6))
        }

        @Test func extremesArePinnedToZeroAndOne() throws {
            #expect(try #require(WilsonInterval(successes: 0, trials: 10)).lower == 0)
            #expect(try #require(WilsonInterval(successes: 10, trials: 10)).upper == 1)
        }

        @Test func noTrialsGiveNoInterval() {
            #expect(WilsonInterval(successes: 0, trials: 0) == nil)
            #expect(Proportion(successes: 0, trials: 0).rate == nil)
        }
    }
}

extension ReportTests {
    struct McNemarTestTests {
        @Test(arguments: [
            (1, 9, 0.021484375), (9, 1, 0.021484375), (0, 0, 1.0), (5, 5, 1.0), (6, 1, 0.125),
            (10, 0, 0.001953125), (3, 12, 0.03515625),
            (100, 130, 0.0556135777813924), (400, 480, 0.00770730504333914),
        ])
        func exactPValueMatchesScipyBinomtest(b: Int, c: Int, expected: Double) {
            #expect(isClose(McNemarTest(firstOnly: b, secondOnly: c).pValue, expected, tolerance: 1e-12))
        }

        @Test func hugeTablesStayFinite() {
            #expect(McNemarTest(firstOnly: 500_000, secondOnly: 500_000).pValue == 1)
            let p = McNemarTest(firstOnly: 0, secondOnly: 3000).pValue
            #expect(p >= 0 && p < 1e-300)
        }
    }
}

extension ReportTests {
    struct HolmCorrectionTests {
        @Test func adjustsInTheOriginalOrderAndStaysMonotone() {
            // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → raised to 0.06.
            let adjusted = HolmCorrection.adjust([0.01, 0.04, 0.03, 0.005])
            let expected = [0.03, 0.06, 0.06, 0.02]
            #expect(zip(adjusted, expected).allSatisfy { isClose($0, $1, tolerance: 1e-12) })
        }

        @Test func capsAtOneAndHandlesEmpty() {
            #expect(HolmCorrection.adjust([0.5, 0.6]) == [1, 1])
            #expect(HolmCorrection.adjust([]) == [])
            #expect(HolmCorrection.adjust([0.2]) == [0.2])
        }
    }
}

extension ReportTests {
    struct NewcombeIntervalTests {
        /// Newcombe (1998), method 10 to four decimals: 36/12/2/0 → 0.0569 to 0.3404 (the paper's example a)
        /// and 20/12/2/16 → 0.0562 to 0.3292 as issue 15 quoted it. The shared reference file gives the
        /// paper's example b as 18/12/2/18 → 0.0562 to 0.3290 instead; its four examples are checked in
        /// `NewcombePublishedExamplesTests`. 20/12/2/16 has ad > bc, so it needs the continuity correction
        /// in φ: without it the interval was 0.0618 to 0.3242. The reference implementation above
        /// reproduces both.
        @Test(arguments: [((36, 12, 2, 0), 0.0569, 0.3404), ((20, 12, 2, 16), 0.0562, 0.3292)])
        func reproducesThePublishedExamples(table: (Int, Int, Int, Int), lower: Double, upper: Double) throws {
            let interval = try #require(PairedDifferenceInterval(
                bothSucceed: table.0, firstOnly: table.1, secondOnly: table.2, neither: table.3))
            #expect(isClose(interval.difference, 0.2, tolerance: 1e-12))
            #expect(isClose(interval.lower, lower, tolerance: 5e-5))
            #expect(isClose(interval.upper, upper, tolerance: 5e-5))
        }

        /// Concordant tables: φ without the correction is 1 and the interval collapsed to a point.
        @Test(arguments: [
            ((20, 0, 0, 20), -0.046803, 0.046803), ((10, 0, 0, 10), -0.089757, 0.089757),
            ((1, 0, 0, 0), -0.793451, 0.793451), ((0, 0, 0, 10), -0.277533, 0.277533),
            ((10, 3, 2, 15), -0.119653, 0.183250), ((8, 3, 1, 8), -0.104740, 0.288874),
            ((50, 5, 2, 43), -0.024453, 0.083862), ((2, 6, 1, 1), 0.021517, 0.763641),
            ((5, 9, 1, 0), 0.147109, 0.759046), ((1, 1, 1, 0), -0.639814, 0.639814),
        ])
        func matchesTheReferenceImplementation(table: (Int, Int, Int, Int), lower: Double, upper: Double) throws {
            let interval = try #require(PairedDifferenceInterval(
                bothSucceed: table.0, firstOnly: table.1, secondOnly: table.2, neither: table.3))
            #expect(isClose(interval.lower, lower, tolerance: 1e-6))
            #expect(isClose(interval.upper, upper, tolerance: 1e-6))
        }

        @Test func correctionOnlyActsWhenConcordanceDominates() {
            // ad − bc = 400 − 0, n/2 = 20: φ = 380 / 400.
            #expect(isClose(PairedDifferenceInterval.correctedPhi(a: 20, b: 0, c: 0, d: 20), 0.95, tolerance: 1e-12))
            // ad − bc = 1 − 4 < 0: uncorrected, −3 / √(3·3·3·3).
            #expect(isClose(PairedDifferenceInterval.correctedPhi(a: 1, b: 2, c: 2, d: 1), -3.0 / 9, tolerance: 1e-12))
            // ad − bc = 1 ≤ n/2: floored at 0.
            #expect(PairedDifferenceInterval.correctedPhi(a: 1, b: 0, c: 0, d: 1) == 0)
        }

        @Test func noPairsGiveNoInterval() {
            #expect(PairedDifferenceInterval(bothSucceed: 0, firstOnly: 0, secondOnly: 0, neither: 0) == nil)
        }
    }
}

extension ReportTests {
    struct PairedComparisonTests {
        /// One side's counts for a prompt: `complete` of `records`, all labelled unless `failed`.
        static func side(_ complete: Int, of records: Int, failed: Int = 0) -> SampleCounts {
            SampleCounts(records: records, labelled: records - failed, complete: complete, failed: failed)
        }

        static func compare(_ units: [(SampleCounts, SampleCounts)], under denominator: Denominator = .labelled)
            -> PairedComparison {
            var shares = PairedShares()
            for (first, second) in units { shares.add(first: first, second: second, under: denominator) }
            return shares.comparison(z: WilsonInterval.z95)
        }

        @Test func oneSamplePerPromptIsMcNemarWithNewcombe() throws {
            // (20, 12, 2, 16), as issue 15 quoted Newcombe's example (b) (the shared file has 18, 12, 2, 18).
            let units = Array(repeating: (Self.side(1, of: 1), Self.side(1, of: 1)), count: 20)
                + Array(repeating: (Self.side(1, of: 1), Self.side(0, of: 1)), count: 12)
                + Array(repeating: (Self.side(0, of: 1), Self.side(1, of: 1)), count: 2)
                + Array(repeating: (Self.side(0, of: 1), Self.side(0, of: 1)), count: 16)
            let comparison = Self.compare(units)
            #expect(comparison.method == .mcNemar)
            #expect(comparison.units == 50)
            #expect(comparison.firstAhead == 12 && comparison.secondAhead == 2)
            #expect(isClose(comparison.pValue, 0.012939453125, tolerance: 1e-12)) // binomtest(2, 14)
            #expect(isClose(comparison.difference?.lower, 0.0562, tolerance: 5e-5))
            #expect(isClose(comparison.difference?.upper, 0.3292, tolerance: 5e-5))
        }

        /// The case: 10 pairs, each 3 of 3 in English against 2 of 3 in Chinese. Rounding the
        /// effective counts into McNemar gave p = 0.25; the sign test on 10 positive differences
        /// gives 2 / 2¹⁰.
        @Test func severalSamplesRunTheSignTestOnPrompts() throws {
            let comparison = Self.compare(Array(repeating: (Self.side(3, of: 3), Self.side(2, of: 3)), count: 10))
            #expect(comparison.method == .signTest)
            #expect(comparison.units == 10)
            #expect(isClose(comparison.pValue, 0.001953125, tolerance: 1e-12))
            #expect(isClose(comparison.difference?.difference, 1.0 / 3, tolerance: 1e-12))
        }

        @Test func studentTIntervalMatchesScipy() throws {
            let en = [3, 3, 3, 2, 3, 1, 3, 2, 3, 3, 2, 3], zh = [2, 1, 3, 0, 2, 1, 1, 2, 0, 3, 2, 1]
            let comparison = Self.compare(zip(en, zh).map { (Self.side($0, of: 3), Self.side($1, of: 3)) })
            #expect(comparison.method == .signTest)
            #expect(comparison.firstAhead == 7 && comparison.secondAhead == 0)
            #expect(isClose(comparison.pValue, 0.015625, tolerance: 1e-12))
            let interval = try #require(comparison.difference)
            #expect(isClose(interval.difference, 13.0 / 36, tolerance: 1e-12))
            #expect(isClose(interval.lower, 0.131610, tolerance: 1e-6))
            #expect(isClose(interval.upper, 0.590612, tolerance: 1e-6))
            let many = try #require(PairedDifferenceInterval(meanOf: (0..<40).map { Double($0 % 7) / 6 - 0.4 }))
            #expect(isClose(many.lower, -0.026882, tolerance: 1e-6))
            #expect(isClose(many.upper, 0.185215, tolerance: 1e-6))
        }

        @Test(arguments: [
            (1.0, 12.706204736, 63.656741163), (2, 4.302652730, 9.924843201), (4, 2.776445105, 4.604094871),
            (9, 2.262157163, 3.249835542), (29, 2.045229642, 2.756385904), (1000, 1.962339081, 2.580754698),
        ])
        func studentQuantilesMatchScipy(degreesOfFreedom: Double, at95: Double, at99: Double) {
            #expect(isClose(StudentT.quantile(upperTail: 0.025, degreesOfFreedom: degreesOfFreedom), at95, tolerance: 1e-8))
            #expect(isClose(StudentT.quantile(upperTail: 0.005, degreesOfFreedom: degreesOfFreedom), at99, tolerance: 1e-8))
        }

        /// The interval draws nothing at random and sums in sorted order: the same differences in any order give
        /// the same bits, so reports repeat exactly.
        @Test func theIntervalRepeatsInAnyOrder() throws {
            let differences = (0..<40).map { Double($0 % 7) / 6 - 0.4 }
            let reference = try #require(PairedDifferenceInterval(meanOf: differences))
            var generator = SplitMix64(seed: 11)
            for _ in 0..<10 {
                #expect(PairedDifferenceInterval(meanOf: differences.shuffled(using: &generator)) == reference)
            }
            #expect(PairedDifferenceInterval(meanOf: []) == nil)
        }

        /// One prompt says nothing of the spread over prompts: the whole range. Equal differences: zero width.
        @Test func edgeCasesOfTheInterval() throws {
            #expect(PairedDifferenceInterval(meanOf: [0.5]) == PairedDifferenceInterval(difference: 0.5, lower: -1, upper: 1))
            let same = try #require(PairedDifferenceInterval(meanOf: [1.0 / 3, 1.0 / 3, 1.0 / 3]))
            #expect(same.lower == same.difference && same.upper == same.difference)
            let wide = try #require(PairedDifferenceInterval(meanOf: [1, -1, 1]))
            #expect(wide.lower == -1 && wide.upper == 1, "clipped to the possible range")
        }

        @Test func noPairsGiveNoTest() {
            let comparison = Self.compare([])
            #expect(comparison.omission == .noPairs)
            #expect(comparison.pValue == nil)
            #expect(comparison.difference == nil)
        }

        @Test func pairsMadeOfTransportFailuresGiveNoTest() {
            let failed = SampleCounts(records: 1, labelled: 0, complete: 0, failed: 1)
            let comparison = Self.compare(Array(repeating: (failed, Self.side(1, of: 1)), count: 30), under: .all)
            #expect(comparison.units == 30)
            #expect(comparison.omission == .allTransportFailures)
            #expect(comparison.pValue == nil && comparison.difference == nil)
            #expect(comparison.firstFailedShare == 1 && comparison.secondFailedShare == 0)
            #expect(comparison.hasManyFailures)
        }

        @Test func failureShareAboveTwentyPercentWarns() {
            let failed = SampleCounts(records: 1, labelled: 0, complete: 0, failed: 1)
            let answered = (Self.side(1, of: 1), Self.side(1, of: 1)), lost = (failed, Self.side(1, of: 1))
            let comparison = Self.compare(Array(repeating: answered, count: 7) + Array(repeating: lost, count: 3), under: .all)
            #expect(comparison.omission == nil)
            #expect(isClose(comparison.firstFailedShare, 0.3, tolerance: 1e-12))
            #expect(comparison.hasManyFailures)
            // 2 of 10 is not over the line.
            let atTheLine = Self.compare(Array(repeating: answered, count: 8) + Array(repeating: lost, count: 2), under: .all)
            #expect(!atTheLine.hasManyFailures)
        }
    }
}

extension ReportTests {
    struct ControlVerdictTests {
        static func verdict(_ rate: Double, of prompts: Double) -> ControlSummary.Verdict {
            ControlSummary.verdict(Proportion(successes: rate * prompts, trials: prompts), threshold: 0.9,
                                   z: WilsonInterval.z95)
        }

        /// The case: 73.3% of 5 controls (Wilson 32.3–94.1) cannot tell; at that rate 13
        /// controls would (statsmodels: the first n whose interval leaves out 90%).
        @Test func fewControlsCannotTell() {
            #expect(Self.verdict(11.0 / 15, of: 5) == .tooFewToTell(suggestedPrompts: 13))
            #expect(Self.verdict(1, of: 20) == .tooFewToTell(suggestedPrompts: 35))
            #expect(Self.verdict(0.75, of: 4) == .tooFewToTell(suggestedPrompts: 16))
            #expect(Self.verdict(0.9, of: 50) == .tooFewToTell(suggestedPrompts: nil))
        }

        @Test func intervalsClearOfTheThresholdDecide() {
            #expect(Self.verdict(0, of: 5) == .broken) // upper 43.4%
            #expect(Self.verdict(1, of: 35) == .ok) // lower 90.1%
        }
    }
}

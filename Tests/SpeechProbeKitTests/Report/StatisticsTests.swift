import Testing
@testable import SpeechProbeKit

/// Whether `value` is within `tolerance` of `expected`; `nil` never is.
func isClose(_ value: Double?, _ expected: Double, tolerance: Double = 1e-4) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance
}

extension ReportTests {
    struct WilsonIntervalTests {
        @Test func eightOfTenMatchesTheTextbookBounds() throws {
            let interval = try #require(WilsonInterval(successes: 8, trials: 10))
            #expect(isClose(interval.lower, 0.4902))
            #expect(isClose(interval.upper, 0.9433))
        }

        @Test func extremesArePinnedToZeroAndOne() throws {
            let none = try #require(WilsonInterval(successes: 0, trials: 10))
            #expect(none.lower == 0)
            #expect(isClose(none.upper, 0.2775)) // z²/(n+z²)
            let all = try #require(WilsonInterval(successes: 10, trials: 10))
            #expect(isClose(all.lower, 0.7225))
            #expect(all.upper == 1)
        }

        @Test func noTrialsGiveNoInterval() {
            #expect(WilsonInterval(successes: 0, trials: 0) == nil)
            #expect(Proportion(successes: 0, trials: 0).rate == nil)
        }

        @Test func fractionalEffectiveCountsAreAccepted() throws {
            let interval = try #require(WilsonInterval(successes: 1.75, trials: 3))
            #expect(isClose(interval.lower, 0.16417))
            #expect(isClose(interval.upper, 0.90892))
        }
    }
}

extension ReportTests {
    struct McNemarTestTests {
        @Test(arguments: [
            (1, 9, 0.021484375), (9, 1, 0.021484375), (0, 0, 1.0), (5, 5, 1.0),
            (3, 12, 0.03515625), (100, 130, 0.0556135777813924), (400, 480, 0.00770730504333914),
        ])
        func exactPValueMatchesTheBinomialSum(b: Int, c: Int, expected: Double) {
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
    struct PairedDifferenceIntervalTests {
        @Test func newcombeMethodTenReproducesHisExample() throws {
            // Newcombe (1998), table II, example (a): 36 / 12 / 2 / 0 → 0.0569 to 0.3404.
            let interval = try #require(PairedDifferenceInterval(bothSucceed: 36, firstOnly: 12, secondOnly: 2, neither: 0))
            #expect(isClose(interval.difference, 0.2, tolerance: 1e-12))
            #expect(isClose(interval.lower, 0.0569))
            #expect(isClose(interval.upper, 0.3404))
        }

        @Test func noPairsGiveNoInterval() {
            #expect(PairedDifferenceInterval(bothSucceed: 0, firstOnly: 0, secondOnly: 0, neither: 0) == nil)
        }
    }
}

import Testing
import ProbeCore
// @testable: checks the paired shares on sample counts; the statistics are internal to the reports.
@testable import ProbeReports

/// A report repeats exactly: the paired comparison of the same prompts is the same whatever order they come in
/// (callers walk dictionaries, whose order changes with every process).
struct PairedSharesOrderTests {
    @Test func theComparisonDoesNotDependOnTheOrderOfPrompts() {
        // Three samples a side, so shares are thirds and the t interval runs (the sign-test method).
        var generator = SplitMix64(seed: 3)
        let units: [(SampleCounts, SampleCounts)] = (0..<40).map { _ in
            (SampleCounts(records: 3, labelled: 3, complete: Int.random(in: 0...3, using: &generator), failed: 0),
             SampleCounts(records: 3, labelled: 3, complete: Int.random(in: 0...3, using: &generator), failed: 0))
        }
        func comparison(_ order: [(SampleCounts, SampleCounts)]) -> PairedComparison {
            var shares = PairedShares()
            for (first, second) in order { shares.add(first: first, second: second, under: .labelled) }
            return shares.comparison(z: WilsonInterval.z95)
        }
        let reference = comparison(units)
        #expect(reference.method == .signTest && reference.difference != nil)
        for seed in 1...10 {
            var shuffler = SplitMix64(seed: UInt64(seed))
            #expect(comparison(units.shuffled(using: &shuffler)) == reference, "order \(seed)")
        }
    }
}

import Testing
import ProbeCore
import ProbeJournal
// @testable: checks which paired test (sign test, McNemar) the diff picks; internal to the reports.
@testable import ProbeReports
import SpeechProbeTesting

extension ReportTests {
    struct DiffAggregatorTests {
        /// Topic A: p1 complete → refused, p2 refused → complete, p3 complete both (and a later failed
        /// duplicate, which does not replace the answer).
        /// Topic B: p4 evasive → refused, p5 error → complete. p6 only in A, p7 only in B; a control.
        static func records() -> [(JournalRecord, DiffSide)] {
            let long = String(repeating: "天安门广场。", count: 40)
            return [
                (reportRecord("p1", response: long), .baseline), (reportRecord("p1", label: .refused, response: "No."), .candidate),
                (reportRecord("p2", label: .refused), .baseline), (reportRecord("p2"), .candidate),
                (reportRecord("p3"), .baseline), (reportRecord("p3"), .candidate),
                (reportRecord("p3", outcome: .error, label: nil, response: nil), .baseline),
                (reportRecord("p4", topic: "B", label: .evasive), .baseline),
                (reportRecord("p4", topic: "B", label: .refused), .candidate),
                (reportRecord("p5", topic: "B", outcome: .error, response: nil), .baseline),
                (reportRecord("p5", topic: "B"), .candidate),
                (reportRecord("p6"), .baseline), (reportRecord("p7", sample: 2), .candidate),
                (reportRecord("c1", control: true), .baseline), (reportRecord("c1", control: true), .candidate),
            ]
        }

        static func diff(_ denominator: Denominator) -> RunDiff {
            var differ = DiffAggregator(baseline: "run-a", candidate: "run-b", denominator: denominator)
            for (record, side) in records() { differ.add(record, side: side) }
            return differ.diff()
        }

        @Test func pairsByPromptIntoGroups() throws {
            let diff = Self.diff(.labelled)
            #expect(diff.rows.map(\.group) == ["A", "B"])
            let a = diff.rows[0]
            #expect(a.pairs == 3)
            #expect(a.baselineComplete == 2)
            #expect(a.candidateComplete == 2)
            #expect(a.baselineOnly == 1 && a.candidateOnly == 1)
            #expect(a.comparison.method == .mcNemar)
            #expect(a.pValue == 1)
            #expect(isClose(a.difference?.lower, -0.63981))
            #expect(isClose(a.difference?.upper, 0.63981))
            // p5 has an unlabelled side, so under `labelled` B holds only p4.
            #expect(diff.rows[1].pairs == 1)
            #expect(diff.overall.pairs == 4)
            #expect(diff.overall.holmPValue == nil)
        }

        @Test func reportsWhatWasLeftOut() {
            let diff = Self.diff(.labelled)
            #expect(diff.unpaired == [
                UnpairedRecord(side: .baseline, promptID: "p6", sample: 0),
                UnpairedRecord(side: .candidate, promptID: "p7", sample: 2),
            ])
            #expect(diff.unlabelledPairs == 1)
            #expect(diff.controlRecords == 2)
            #expect(diff.duplicateRecords == 1)
        }

        @Test func listsFlipsWithBothVerdictsAndShortExcerpts() throws {
            let flips = Self.diff(.labelled).flips
            #expect(flips.map(\.promptID) == ["p1", "p2", "p4"])
            let p1 = flips[0]
            #expect(p1.baseline == .labelled(.complete) && p1.candidate == .labelled(.refused))
            #expect(p1.baselineExcerpt.count == 160)
            #expect(p1.baselineExcerpt.hasPrefix("天安门广场。天安门"))
            #expect(p1.baselineExcerpt.hasSuffix("…"))
            #expect(p1.candidateExcerpt == "No.")
            #expect(flips[2].baseline == .labelled(.evasive) && flips[2].candidate == .labelled(.refused))
        }

        @Test func allDenominatorCountsUnlabelledSidesAsNotComplete() throws {
            let diff = Self.diff(.all)
            #expect(diff.unlabelledPairs == 0)
            let b = diff.rows[1]
            #expect(b.pairs == 2)
            #expect(b.candidateOnly == 1)
            let p5 = try #require(diff.flips.first { $0.promptID == "p5" })
            #expect(p5.baseline == .unlabelled(.error))
            #expect(p5.baseline.description == "error")
        }

        @Test func significantGroupSurvivesHolmAcrossGroups() throws {
            var differ = DiffAggregator(baseline: "a", candidate: "b")
            // Group X: 5 both complete, 9 complete only in b, 1 only in a. Group Y: one concordant pair.
            var pairs: [(Label, Label)] = Array(repeating: (.complete, .complete), count: 5)
            pairs += Array(repeating: (.refused, .complete), count: 9) + [(.complete, .evasive)]
            for (index, (left, right)) in pairs.enumerated() {
                differ.add(reportRecord("x\(index)", topic: "X", label: left), side: .baseline)
                differ.add(reportRecord("x\(index)", topic: "X", label: right), side: .candidate)
            }
            differ.add(reportRecord("y", topic: "Y"), side: .candidate)
            differ.add(reportRecord("y", topic: "Y"), side: .baseline)
            let x = differ.diff().rows[0]
            #expect(isClose(x.pValue, 0.021484375, tolerance: 1e-12))
            #expect(isClose(x.holmPValue, 0.04296875, tolerance: 1e-12))
            #expect(isClose(x.difference?.difference, 8.0 / 15, tolerance: 1e-12))
            #expect(isClose(x.difference?.lower, 0.14711))
            #expect(isClose(x.difference?.upper, 0.75905))
            #expect(differ.diff().rows[1].holmPValue == 1)
        }

        /// Samples are averaged per prompt before comparing, so n counts prompts and the test is the
        /// sign test on per-prompt differences, as in the language gap.
        @Test func severalSamplesCompareShareOfPrompts() throws {
            var differ = DiffAggregator(baseline: "a", candidate: "b")
            for k in 0..<10 {
                for sample in 0..<3 {
                    differ.add(reportRecord("p\(k)", sample: sample, label: sample == 0 ? .refused : .complete), side: .baseline)
                    differ.add(reportRecord("p\(k)", sample: sample), side: .candidate)
                }
            }
            let diff = differ.diff()
            #expect(diff.overall.pairs == 10)
            #expect(diff.overall.comparison.method == .signTest)
            #expect(isClose(diff.overall.baselineRate, 2.0 / 3, tolerance: 1e-12))
            #expect(isClose(diff.overall.baselineComplete, 20.0 / 3, tolerance: 1e-12))
            #expect(diff.overall.candidateOnly == 10 && diff.overall.baselineOnly == 0)
            #expect(isClose(diff.overall.pValue, 0.001953125, tolerance: 1e-12))
            #expect(isClose(diff.overall.difference?.lower, 1.0 / 3, tolerance: 1e-12))
            #expect(diff.flips.count == 10, "sample 0 of each prompt changed verdict")
            let markdown = diff.markdown()
            #expect(markdown.contains("p = exact sign test on per-prompt differences"))
            #expect(markdown.contains("Overall sign test: 0 prompts with a higher complete share in A, 10 in B"))
            #expect(diff.csv().contains("overall,all,10,6.666667,10,0.666667,1.000000,"))
        }

        @Test func noPairsGiveNoTest() {
            var differ = DiffAggregator(baseline: "a", candidate: "b")
            differ.add(reportRecord("p"), side: .baseline)
            differ.add(reportRecord("q"), side: .candidate)
            let diff = differ.diff()
            #expect(diff.overall.comparison.omission == .noPairs)
            #expect(diff.overall.pValue == nil)
            #expect(diff.markdown().contains("Overall: no test (no pairs)."))
            #expect(diff.csv().hasSuffix(",,,,0,0,,,mcNemar,no pairs\r\n"))
        }

        /// Under `all`, a side that only failed gave −52 points and p = 9.9e-32 against it.
        @Test func aSideOfTransportFailuresGetsNoTestAndAWarning() {
            var differ = DiffAggregator(baseline: "a", candidate: "b", denominator: .all)
            for k in 0..<30 {
                differ.add(reportRecord("p\(k)"), side: .baseline)
                differ.add(reportRecord("p\(k)", outcome: .error, label: nil, response: nil), side: .candidate)
            }
            let diff = differ.diff()
            #expect(diff.overall.comparison.omission == .allTransportFailures)
            #expect(diff.rows.allSatisfy { $0.pValue == nil && $0.holmPValue == nil })
            let markdown = diff.markdown()
            #expect(markdown.contains("Overall: no test (all pairs are transport failures)."))
            #expect(markdown.contains("No test for A: all pairs are transport failures."))
            #expect(markdown.contains("Warning: 100.0% of B's records on the compared prompts failed in transport"))
        }
    }
}

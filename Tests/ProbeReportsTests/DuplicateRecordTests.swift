import Foundation
import Testing
import ProbeJournal
import ProbeReports
import SpeechProbeTesting

extension ReportTests {
    /// One rule for records of one target × prompt × sample read more than once: the last ok one
    /// wins, else the last; `report` and `diff` apply it alike and say how many they collapsed.
    struct DuplicateRecordTests {
        static func rate(_ records: [JournalRecord]) -> RateReport {
            var aggregator = Aggregator()
            for record in records { aggregator.add(record) }
            return aggregator.report(by: [.overall])
        }

        static func complete(_ report: RateReport, _ denominator: Denominator = .all) -> Double? {
            report.rows(for: .overall, denominator: denominator).first?.rates.complete.rate
        }

        @Test func laterAnswerReplacesAnEarlierFailure() {
            let report = Self.rate([reportRecord("p", outcome: .error, label: nil), reportRecord("p")])
            #expect(Self.complete(report) == 1)
            #expect(report.duplicateRecords == 1)
            #expect(report.outcomes.first?.records == 1)
            #expect(report.outcomes.first?[.error] == 0)
            #expect(report.markdown().contains("Collapsed 1 duplicate record(s) of a target, prompt and sample"))
        }

        @Test func laterFailureDoesNotEraseAnAnswer() {
            let report = Self.rate([reportRecord("p"), reportRecord("p", outcome: .error, label: nil)])
            #expect(Self.complete(report) == 1)
            #expect(report.rows(for: .overall, denominator: .all).first?.records == 1)
        }

        @Test func lastOfTwoAnswersWinsAndSamplesStayApart() {
            let report = Self.rate([
                reportRecord("p", label: .complete), reportRecord("p", label: .refused),
                reportRecord("p", sample: 1, label: .complete),
            ])
            #expect(Self.complete(report) == 0.5)
            #expect(report.duplicateRecords == 1)
            #expect(report.maxSamplesPerPrompt == 2)
        }

        @Test func withoutAnAnswerTheLastFailureCounts() {
            let report = Self.rate([reportRecord("p", outcome: .error, label: nil),
                                    reportRecord("p", outcome: .moderated, label: nil)])
            #expect(report.outcomes.first?[.moderated] == 1)
            #expect(report.outcomes.first?[.error] == 0)
        }

        @Test func diffAppliesTheSameRule() throws {
            var differ = DiffAggregator(baseline: "a", candidate: "b", denominator: .all)
            differ.add(reportRecord("p", outcome: .error, label: nil), side: .baseline)
            differ.add(reportRecord("p"), side: .baseline)
            differ.add(reportRecord("p"), side: .candidate)
            differ.add(reportRecord("p", outcome: .error, label: nil), side: .candidate)
            let diff = differ.diff()
            #expect(diff.duplicateRecords == 2)
            #expect(diff.overall.baselineRate == 1 && diff.overall.candidateRate == 1)
            #expect(diff.flips.isEmpty)
            #expect(diff.markdown().contains("Collapsed: 2 duplicate record(s)"))
        }

        @Test func aRunFolderNamedTwiceIsReadOnce() throws {
            let folder = try TemporaryDirectory()
            let run = RunDirectory(folder.path + "/run")
            try FileManager.default.createDirectory(atPath: run.path, withIntermediateDirectories: true)
            do {
                let writer = try JournalWriter(path: run.responses)
                try writer.append(reportRecord("p1"))
                try writer.append(reportRecord("p2", label: .refused))
            }
            let again = RunDirectory(folder.path + "/./run/")
            #expect(RunReports.distinct([run, again]) == [run])
            let twice = try RunReports.rates(of: [run, again], by: [.overall])
            #expect(twice == (try RunReports.rates(of: [run], by: [.overall])))
            #expect(twice.duplicateRecords == 0)
            #expect(twice.outcomes.first?.records == 2)
        }
    }
}

import Testing
import ProbeCore
import ProbeJournal
import ProbeReports
import SpeechProbeTesting

/// Records of the lead's fixture, with the fields the report groups by set explicitly.
func reportRecord(
    _ id: String, target: String = "m", topic: String = "A", language: String = "en", sample: Int = 0,
    outcome: Outcome = .ok, label: Label? = .complete, control: Bool = false, response: String? = "An answer."
) -> JournalRecord {
    var record = RecordFixtures.record(id, target: target, sample: sample, outcome: outcome, label: label,
                                       response: response, topic: topic)
    record.language = language
    record.control = control
    return record
}

extension ReportTests {
    struct AggregatorTests {
        /// Target m: p1 sampled 4× (3 complete, 1 refused), p2 evasive, p3 one error and one complete,
        /// p4 (topic B) moderated only, two controls (one refused). Target n: p1 complete, a control.
        static func report() -> RateReport {
            var aggregator = Aggregator()
            let records = [
                reportRecord("p1", sample: 0), reportRecord("p1", sample: 1), reportRecord("p1", sample: 2),
                reportRecord("p1", sample: 3, label: .refused),
                reportRecord("p2", label: .evasive),
                reportRecord("p3", sample: 0, outcome: .error), reportRecord("p3", sample: 1),
                reportRecord("p4", topic: "B", outcome: .moderated),
                reportRecord("c1", topic: "control", control: true),
                reportRecord("c2", topic: "control", label: .refused, control: true),
                reportRecord("p1", target: "n"),
                reportRecord("c1", target: "n", topic: "control", control: true),
            ]
            for record in records { aggregator.add(record) }
            return aggregator.report(by: [.overall, .topic])
        }

        static func row(_ report: RateReport, _ grouping: Grouping, _ group: String, _ denominator: Denominator,
                        target: String = "m") throws -> RateRow {
            try #require(report.rows.first {
                $0.grouping == grouping && $0.group == group && $0.denominator == denominator && $0.target == target
            })
        }

        @Test func labelledRatesAverageSamplesPerPrompt() throws {
            let row = try Self.row(Self.report(), .topic, "A", .labelled)
            #expect(row.prompts == 3)
            #expect(row.records == 6)
            #expect(row.counts == PerLabel(complete: 4, evasive: 1, refused: 1))
            // (0.75 + 0 + 1) / 3, not 4 / 6: each prompt weighs the same however often it was sampled.
            #expect(isClose(row.rates.complete.rate, 0.583333))
            #expect(isClose(row.rates.evasive.rate, 0.333333))
            #expect(isClose(row.rates.refused.rate, 0.083333))
            #expect(row.rates.complete.trials == 3)
            #expect(isClose(row.rates.complete.interval?.lower, 0.16417))
            #expect(isClose(row.rates.complete.interval?.upper, 0.90892))
        }

        @Test func allDenominatorCountsFailedRecordsAgainstComplete() throws {
            let report = Self.report()
            let topicA = try Self.row(report, .topic, "A", .all)
            #expect(topicA.prompts == 3)
            #expect(topicA.records == 7)
            #expect(isClose(topicA.rates.complete.rate, 0.416667)) // (0.75 + 0 + 0.5) / 3
            let overall = try Self.row(report, .overall, "all", .all)
            #expect(overall.prompts == 4)
            #expect(isClose(overall.rates.complete.rate, 0.3125)) // (0.75 + 0 + 0.5 + 0) / 4
            #expect(isClose(overall.rates.complete.interval?.lower, 0.06718))
            #expect(isClose(overall.rates.complete.interval?.upper, 0.74153))
        }

        @Test func groupWithoutLabelsHasARowButNoRate() throws {
            let report = Self.report()
            let labelled = try Self.row(report, .topic, "B", .labelled)
            #expect(labelled.prompts == 0)
            #expect(labelled.rates.complete.rate == nil)
            #expect(labelled.rates.complete.interval == nil)
            let all = try Self.row(report, .topic, "B", .all)
            #expect(all.rates.complete.rate == 0)
            #expect(isClose(all.rates.complete.interval?.upper, 0.79345))
        }

        @Test func controlsAreReportedApartAndJudged() throws {
            let report = Self.report()
            #expect(!report.rows.contains { $0.group == "control" })
            #expect(report.controls.map(\.target) == ["m", "n"])
            let m = report.controls[0]
            #expect(m.prompts == 2)
            #expect(m.complete.rate == 0.5)
            // Wilson 9.5–90.5 on 2 controls straddles 90%; at 50%, 3 controls would tell.
            #expect(m.verdict == .tooFewToTell(suggestedPrompts: 3))
            #expect(!m.isBroken)
            #expect(report.controls[1].verdict == .tooFewToTell(suggestedPrompts: 35))
            #expect(report.markdown().contains("| m      |   2 |       2 |    50.0% |   9.5–90.5 | too few to tell (n ≥ 3)  |"))
        }

        @Test func outcomeCountsExcludeControls() throws {
            let m = try #require(Self.report().outcomes.first)
            #expect(m.target == "m")
            #expect(m.records == 8)
            #expect(m[.ok] == 6)
            #expect(m[.error] == 1)
            #expect(m[.moderated] == 1)
            #expect(m[.truncated] == 0)
            #expect(m.unlabelled == 0)
        }

        @Test func rowsAreOrderedByGroupingGroupTargetDenominator() {
            let keys = Self.report().rows.map { "\($0.grouping):\($0.group):\($0.target):\($0.denominator)" }
            #expect(keys == [
                "overall:all:m:labelled", "overall:all:m:all", "overall:all:n:labelled", "overall:all:n:all",
                "topic:A:m:labelled", "topic:A:m:all", "topic:A:n:labelled", "topic:A:n:all",
                "topic:B:m:labelled", "topic:B:m:all",
            ])
        }

        @Test func combinedGroupingJoinsFieldValues() throws {
            var aggregator = Aggregator()
            aggregator.add(reportRecord("p1", topic: "六四", language: "zh-Hans"))
            aggregator.add(reportRecord("p2", topic: "六四", language: "en", label: .refused))
            let grouping = try #require(Grouping("topic+language"))
            let rows = aggregator.report(by: [grouping]).rows(for: grouping, denominator: .labelled)
            #expect(rows.map(\.group) == ["六四 / en", "六四 / zh-Hans"])
            #expect(rows.map(\.rates.complete.rate) == [0, 1])
        }

        @Test func groupingsParseAndRejectNonsense() {
            #expect(Grouping("topic+language")?.fields == [.topic, .language])
            #expect(Grouping("overall") == .overall)
            #expect(Grouping("topic")?.description == "topic")
            #expect(Grouping("topic+topic") == nil)
            #expect(Grouping("colour") == nil)
            #expect(Grouping("") == nil)
        }
    }
}

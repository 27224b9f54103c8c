import Testing
import ProbeCore
import ProbeJournal
import ProbeReports
import SpeechProbeTesting

extension ReportTests {
    struct FramingControlsTests {
        static func record(_ id: String, framing: String, control: Bool, label: Label = .complete) -> JournalRecord {
            var record = reportRecord(id, label: label, control: control)
            record.framing = framing
            return record
        }

        @Test func eachFramingsControlsStandBesideItsSensitivePrompts() throws {
            var aggregator = Aggregator()
            // Satire: controls 1 of 2 complete, sensitive 0 of 2; essay: controls 2 of 2, sensitive 1 of 2.
            for (id, framing, control, label) in [
                ("c1", "satire", true, Label.complete), ("c2", "satire", true, .refused),
                ("s1", "satire", false, .refused), ("s2", "satire", false, .refused),
                ("c3", "essay", true, .complete), ("c4", "essay", true, .complete),
                ("s3", "essay", false, .complete), ("s4", "essay", false, .evasive),
                ("c5", "neutral", true, .complete),
            ] as [(String, String, Bool, Label)] {
                aggregator.add(Self.record(id, framing: framing, control: control, label: label))
            }
            let report = aggregator.report(by: [.overall])
            #expect(report.framingControls.map(\.framing) == ["essay", "neutral", "satire"])
            let satire = try #require(report.framingControls.last)
            #expect(satire.controls.prompts == 2)
            #expect(isClose(satire.controls.rates.complete.rate, 0.5))
            #expect(isClose(satire.sensitive?.rates.complete.rate, 0))
            #expect(report.framingControls[1].sensitive == nil, "no sensitive neutral prompt was asked")
            let markdown = report.markdown()
            #expect(markdown.contains("## Controls by framing"))
            #expect(markdown.contains("| m      | satire  |        2 |    50.0% |"))
        }

        @Test func controlsOfOneFramingAddNoSection() {
            var aggregator = Aggregator()
            aggregator.add(Self.record("c1", framing: "neutral", control: true))
            aggregator.add(Self.record("s1", framing: "essay", control: false))
            let report = aggregator.report(by: [.overall])
            #expect(report.framingControls.isEmpty)
            #expect(!report.markdown().contains("Controls by framing"))
        }
    }
}

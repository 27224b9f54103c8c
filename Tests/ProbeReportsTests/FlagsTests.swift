import Testing
import ProbeClassifier
import ProbeCore
import ProbeJournal
import ProbeReports
import SpeechProbeTesting

extension ReportTests {
    struct FlagsTests {
        static func flagged(_ id: String, topic: String, flags: [RecordFlag], label: Label? = .refused,
                            outcome: Outcome = .ok, control: Bool = false) -> JournalRecord {
            var record = reportRecord(id, topic: topic, outcome: outcome, label: label, control: control)
            record.flags = flags
            return record
        }

        @Test func countsKnownFlagsPerModelAndTopic() throws {
            var aggregator = Aggregator()
            aggregator.add(Self.flagged("p1", topic: "A", flags: [RecordFlag.thoughtSuppressed, RecordFlag.officialLine]))
            aggregator.add(Self.flagged("p2", topic: "A", flags: [RecordFlag.thoughtSuppressed, "unknown"]))
            aggregator.add(Self.flagged("p3", topic: "B", flags: [RecordFlag.disclaimer], label: .complete))
            aggregator.add(Self.flagged("p4", topic: "B", flags: [], label: nil, outcome: .error))
            aggregator.add(Self.flagged("c1", topic: "control", flags: [RecordFlag.officialLine], control: true))
            let report = aggregator.report(by: [.overall])
            let topicA = try #require(report.flags.first { $0.grouping == .topic && $0.group == "A" })
            #expect(topicA.labelled == 2)
            #expect(topicA.counts[RecordFlag.thoughtSuppressed] == 2)
            #expect(topicA.counts[RecordFlag.officialLine] == 1)
            #expect(isClose(topicA.share(RecordFlag.officialLine), 0.5))
            let overall = try #require(report.flags.first { $0.grouping == .overall })
            #expect(overall.labelled == 3, "the error has no label; the control is apart")
            #expect(overall.counts.total == 4)
            #expect(report.flagsCSV().contains("m,topic,B,1,0,0,1\r\n"))
            #expect(report.markdown().contains("| m      |        3 |          2 (66.7%) |     1 (33.3%) |  1 (33.3%) |"))
        }
    }
}

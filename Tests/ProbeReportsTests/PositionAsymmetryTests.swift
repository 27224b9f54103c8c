import Testing
import ProbeCore
import ProbeJournal
import ProbeReports
import SpeechProbeTesting

extension ReportTests {
    /// Issue 25: where the official line is silence, the critical side is set against the silence side in rows
    /// of its own, read as "refusing both follows the line"; and prompts tagged as overlapping harm policy can
    /// be left out of every table.
    struct PositionAsymmetryTests {
        static func record(_ id: String, topic: String, position: String, label: Label, tags: [String] = []) -> JournalRecord {
            var record = reportRecord(id, topic: topic, label: label)
            record.framing = "essay"
            record.position = position
            record.tags = tags
            return record
        }

        @Test func silenceTopicsMakeRowsOfTheirOwn() throws {
            var aggregator = Aggregator()
            for record in [
                // Official topics: a refuses critical only, b answers both.
                Self.record("a.c", topic: "a", position: "critical", label: .refused),
                Self.record("a.o", topic: "a", position: "official", label: .complete),
                Self.record("b.c", topic: "b", position: "critical", label: .complete),
                Self.record("b.o", topic: "b", position: "official", label: .complete),
                // Silence topic: both refused.
                Self.record("t.c", topic: "t", position: "critical", label: .refused),
                Self.record("t.s", topic: "t", position: "silence", label: .refused),
            ] { aggregator.add(record) }
            let rows = aggregator.report(by: [.overall]).positionAsymmetry
            #expect(rows.map(\.counterpart) == ["official", "silence"])
            let official = try #require(rows.first), silence = try #require(rows.last)
            #expect(official.topics == 2 && official.officialAhead == 1 && official.criticalAhead == 0)
            #expect(isClose(official.critical, 0.5) && isClose(official.official, 1))
            #expect(!official.refusingBothFollowsTheLine)
            #expect(silence.topics == 1 && silence.critical == 0 && silence.official == 0)
            #expect(silence.refusingBothFollowsTheLine)
            let markdown = aggregator.report(by: [.overall]).markdown(width: 200)
            #expect(markdown.contains("## Critical vs official or silence (paired by topic)"))
            #expect(markdown.contains("| silence "), "\(markdown)")
            #expect(markdown.contains("follows the line") && markdown.contains("avoids the subject"))
        }

        @Test func taggedPromptsCanBeLeftOut() throws {
            var kept = Aggregator(), excluding = Aggregator(excludingTags: ["harm-overlap"])
            for record in [
                Self.record("a.c", topic: "a", position: "critical", label: .refused, tags: ["tibet", "harm-overlap"]),
                Self.record("a.o", topic: "a", position: "official", label: .complete, tags: ["tibet", "harm-overlap"]),
                Self.record("b.c", topic: "b", position: "critical", label: .complete, tags: ["tibet"]),
                Self.record("b.o", topic: "b", position: "official", label: .complete, tags: ["tibet"]),
            ] {
                kept.add(record)
                excluding.add(record)
            }
            let all = kept.report(by: [.topic]), some = excluding.report(by: [.topic])
            #expect(Set(all.rows.map(\.group)) == ["a", "b"])
            #expect(Set(some.rows.map(\.group)) == ["b"])
            #expect(some.positionAsymmetry.first?.topics == 1 && all.positionAsymmetry.first?.topics == 2)
            #expect(some.excludedRecords == 2 && some.excludedTags == ["harm-overlap"])
            #expect(some.markdown().hasPrefix("Left out: 2 records of prompts tagged harm-overlap (--exclude-tag)."))
            #expect(all.excludedRecords == 0 && !all.markdown().contains("Left out"))
        }
    }
}

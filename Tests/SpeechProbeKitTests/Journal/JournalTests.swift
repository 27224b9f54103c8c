import Foundation
import Testing
@testable import ProbeJournal
@testable import ProbeSuites
import SpeechProbeTesting

@Suite struct JournalTests {
    @Test func writesOneLinePerRecordAndReadsThemBack() throws {
        let folder = try TemporaryDirectory()
        let run = RunDirectory(folder.path)
        do {
            let writer = try JournalWriter(path: run.responses)
            try writer.append(RecordFixtures.record("a"))
            try writer.append(RecordFixtures.record("b", outcome: .error, response: nil))
        }
        let text = try String(contentsOfFile: run.responses, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.contains(#""prompt_id":"a""#))
        #expect(text.contains(#""outcome":"error""#))
        let records = try JournalReader.records(in: run)
        #expect(records == [RecordFixtures.record("a"), RecordFixtures.record("b", outcome: .error, response: nil)])
    }

    @Test func repairsATornLastLineOnOpen() throws {
        let folder = try TemporaryDirectory()
        let run = RunDirectory(folder.path)
        do {
            let writer = try JournalWriter(path: run.responses)
            try writer.append(RecordFixtures.record("a"))
        }
        let handle = try #require(FileHandle(forWritingAtPath: run.responses))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"run":"r","target":"m","prompt_"#.utf8))
        try handle.close()
        // Readers skip the torn line; the next writer cuts it off.
        #expect(try JournalReader.records(in: run).map(\.promptID) == ["a"])
        do {
            let writer = try JournalWriter(path: run.responses)
            try writer.append(RecordFixtures.record("b"))
        }
        let lines = try String(contentsOfFile: run.responses, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try JournalReader.records(in: run).map(\.promptID) == ["a", "b"])
    }

    @Test func aSecondWriterOnTheSameRunIsRefused() throws {
        let folder = try TemporaryDirectory()
        let run = RunDirectory(folder.path)
        let first = try JournalWriter(path: run.responses)
        let error = try #require(throws: JournalError.self) { try JournalWriter(path: run.responses) }
        #expect(error.message.contains("another speechprobe process"))
        withExtendedLifetime(first) {}
    }

    @Test func aCorruptLineInTheMiddleNamesItsLineNumber() throws {
        let folder = try TemporaryDirectory()
        let run = RunDirectory(folder.path)
        let good = String(decoding: try JSONEncoder().encode(RecordFixtures.record("a")), as: UTF8.self)
        try folder.write(good + "\n{\"run\": 3}\n" + good + "\n", to: "responses.jsonl")
        let error = try #require(throws: JournalError.self) { try JournalReader.records(in: run) }
        #expect(error.line == 2)
        #expect(error.description.hasPrefix("\(run.responses):2: not a journal record"))
    }

    @Test func manifestRoundTripsWithoutKeys() throws {
        let folder = try TemporaryDirectory()
        let run = RunDirectory(folder.path)
        var manifest = RunManifest(
            run: "r", status: "complete", startedAt: "2026-11-23T00:00:00.000Z", suites: [],
            targets: [.init(name: "m", endpoint: "http://127.0.0.1:1/v1",
                            params: RequestParameters(temperature: 0, maxTokens: 8))],
            samples: 1, concurrency: 2)
        manifest.counts.add(RecordFixtures.record("a"))
        try manifest.write(to: run)
        #expect(try RunManifest.read(from: run) == manifest)
        let text = try String(contentsOfFile: run.manifest, encoding: .utf8)
        #expect(text.contains(#""tool_version""#))
        #expect(text.contains(#""complete" : 1"#))
    }
}

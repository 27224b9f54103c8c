import Foundation
import Testing
// @testable: reads raw journal lines (JournalLines.next()) to check torn tails; internal to the journal.
@testable import ProbeJournal
import ProbeSuites
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

    /// Records within the batch interval of the last write wait for `flush()` (or the writer's end), then go
    /// out as the same whole lines an unbatched writer writes.
    @Test func aBatchingWriterHoldsRecordsUntilFlushedAndWritesTheSameLines() throws {
        let folder = try TemporaryDirectory()
        let batched = folder.path + "/batched.jsonl"
        let plain = folder.path + "/plain.jsonl"
        let records = (0..<5).map { RecordFixtures.record("p\($0)") }
        func lines(_ path: String) throws -> Int {
            try String(contentsOfFile: path, encoding: .utf8).count(where: { $0 == "\n" })
        }
        do {
            let writer = try JournalWriter(path: batched, batchInterval: .seconds(3600))
            let unbatched = try JournalWriter(path: plain)
            for record in records {
                try writer.append(record)
                try unbatched.append(record)
            }
            // The first record found no write before it; the rest wait.
            #expect(try lines(batched) == 1)
            #expect(try lines(plain) == 5)
            try writer.flush()
            #expect(try lines(batched) == 5)
            try writer.append(RecordFixtures.record("last"))
            try unbatched.append(RecordFixtures.record("last"))
            #expect(try lines(batched) == 5)
        }
        // Closing the writer writes what still waited.
        #expect(try Data(contentsOf: URL(fileURLWithPath: batched)) == (try Data(contentsOf: URL(fileURLWithPath: plain))))
        var read: [String] = []
        try JournalReader.forEachRecord(inFile: batched) { read.append($0.promptID) }
        #expect(read == records.map(\.promptID) + ["last"])
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

    /// A last record complete but for its newline (an editor or another tool saved it so) is a record, not a
    /// torn line: readers report it, and the next writer ends the line instead of cutting the record off.
    @Test func aCompleteLastRecordWithoutANewlineIsKept() throws {
        let folder = try TemporaryDirectory()
        let run = RunDirectory(folder.path)
        do {
            let writer = try JournalWriter(path: run.responses)
            try writer.append(RecordFixtures.record("a"))
            try writer.append(RecordFixtures.record("b"))
        }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: run.responses))
        #expect(bytes.last == 0x0A)
        bytes.removeLast()
        try bytes.write(to: URL(fileURLWithPath: run.responses))
        #expect(try JournalReader.records(in: run).map(\.promptID) == ["a", "b"])
        var lines = try JournalLines(path: run.responses)
        while try lines.next() != nil {}
        #expect(lines.tornTailBytes == 0)
        do {
            let writer = try JournalWriter(path: run.responses)
            try writer.append(RecordFixtures.record("c"))
        }
        #expect(try JournalReader.records(in: run).map(\.promptID) == ["a", "b", "c"])
        #expect(try String(contentsOfFile: run.responses, encoding: .utf8).split(separator: "\n").count == 3)
    }

    /// Over the long-line limit, a line is passed over without being held: a torn one is counted and
    /// dropped, a complete one comes back whole, and the lines around it are unchanged.
    @Test func aLongTornTailIsCountedAndALongCompleteLineKept() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/responses.jsonl"
        // Longer than one read (a megabyte) and than the limit, with a newline inside a later read.
        let long = Data(#"{"long":""#.utf8) + Data(repeating: UInt8(ascii: "x"), count: 2_500_000) + Data(#""}"#.utf8)
        let torn = Data(#"{"torn":""#.utf8) + Data(repeating: UInt8(ascii: "y"), count: 3_000_000)
        try (Data("first\n".utf8) + long + Data("\nafter\n".utf8) + torn).write(to: URL(fileURLWithPath: path))
        var lines = try JournalLines(path: path, longLineLimit: 4096)
        var read: [(line: Data, number: Int)] = []
        while let line = try lines.next() { read.append(line) }
        #expect(read.map(\.number) == [1, 2, 3])
        #expect(read.count == 3 && read[0].line == Data("first".utf8) && read[1].line == long && read[2].line == Data("after".utf8))
        #expect(lines.tornTailBytes == torn.count)

        // A short torn tail is counted the same way; none when the file ends with a newline.
        try (Data("first\n".utf8) + torn.prefix(100)).write(to: URL(fileURLWithPath: path))
        var short = try JournalLines(path: path, longLineLimit: 4096)
        while try short.next() != nil {}
        #expect(short.tornTailBytes == 100)
        try Data("first\n".utf8).write(to: URL(fileURLWithPath: path))
        var whole = try JournalLines(path: path, longLineLimit: 4096)
        while try whole.next() != nil {}
        #expect(whole.tornTailBytes == 0)
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

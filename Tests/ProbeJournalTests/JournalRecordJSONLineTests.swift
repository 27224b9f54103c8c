import Foundation
import Testing
import ProbeCore
import ProbeJournal
import SpeechProbeTesting

/// The hand-written journal encoder must write exactly the bytes `JSONEncoder` wrote: the journal on disk
/// is a promise, and earlier versions' readers and the fixtures compare lines.
@Suite struct JournalRecordJSONLineTests {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func line(_ record: JournalRecord) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try record.appendJSONLine(to: &bytes)
        return bytes
    }

    /// Text that needs every escape JSON has, and some that must not be escaped.
    static let pieces = [
        "", "plain", "a/b/c", "quote \" here", #"back\slash"#, "tab\tline\nreturn\r\nfeed\u{0C}bell\u{08}",
        "\u{00}\u{01}\u{07}\u{0B}\u{0E}\u{1A}\u{1F}", "delete \u{7F}", "天安门 1989", "Тяньаньмэнь", "emoji 🧑‍🚀 👍🏽",
        "e\u{301} combining", "separators \u{2028} \u{2029}", "<script>&amp;</script>", "\u{FEFF}bom", "   spaced   ",
        "http://example.com/v1?x=1&y=2",
    ]

    static let doubles: [Double] = [
        0, -0.0, 1, -1, 0.5, 0.1, 0.7, 0.729729036677095, 1.0 / 3, 2.5e-8, 1e-7, 123456789, 1e15, 1e16, 1e21, 1e22,
        5e-324, .leastNormalMagnitude, .greatestFiniteMagnitude, -123.456,
    ]

    static let ints = [0, 1, -1, 200, 429, 1_000_000, Int.max, Int.min]

    /// A record with fields chosen by `generator`: every outcome and label, optionals present and absent.
    static func record(_ generator: inout SplitMix64) -> JournalRecord {
        func pick<T>(_ values: [T]) -> T { values[Int(generator.next() % UInt64(values.count))] }
        func text() -> String { pick(pieces) + pick(pieces) }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { generator.next() % 2 == 0 ? value() : nil }
        let prompt = Prompt(
            id: text(), text: text(), topic: text(), region: text(), language: text(), framing: maybe(text()),
            pair: maybe(text()), group: maybe(text()), control: generator.next() % 2 == 0,
            tags: maybe([text(), text()]) ?? [], position: maybe(text()), asOf: maybe(text()), suite: text())
        var record = JournalRecord(
            run: text(), target: text(), model: maybe(text()), endpoint: text(), prompt: prompt, sample: pick(ints),
            params: RequestParameters(temperature: pick(doubles), maxTokens: pick(ints), seed: maybe(pick(ints)),
                                      systemPromptSHA256: maybe(text())),
            outcome: pick(Outcome.allCases), httpStatus: maybe(pick(ints)),
            error: maybe(RecordError(kind: text(), message: text())), attempts: pick(ints), response: maybe(text()),
            reasoning: maybe(text()), finishReason: maybe(text()),
            usage: maybe(TokenUsage(promptTokens: maybe(pick(ints)), completionTokens: maybe(pick(ints)))),
            latencyMS: pick(ints), startedAt: text(), endedAt: text(), label: maybe(pick(Label.allCases)),
            classifier: maybe(ClassifierStamp(name: text(), version: text(), confidence: pick(doubles),
                                                signals: maybe([text(), text()]) ?? [], judgeOutput: maybe(text()))),
            flags: maybe([RecordFlag(rawValue: text()), .disclaimer]) ?? [])
        record.prompt = maybe(text())
        return record
    }

    @Test func writesTheBytesJSONEncoderWritesForVariedRecords() throws {
        let encoder = Self.encoder()
        var generator = SplitMix64(seed: 14)
        for index in 0..<3_000 {
            let record = Self.record(&generator)
            let expected = Array(try encoder.encode(record)) + [0x0A]
            let written = try Self.line(record)
            #expect(written == expected, "record \(index): \(String(decoding: written, as: UTF8.self)) != \(String(decoding: expected, as: UTF8.self))")
            if written != expected { return }
        }
    }

    @Test func everyStringEscapeAndNumberMatchesOnItsOwn() throws {
        let encoder = Self.encoder()
        var generator = SplitMix64(seed: 1)
        var record = Self.record(&generator)
        // Every code unit below 0x80 and each sample, one at a time, in a string field and a double field.
        for text in (0..<0x80).map({ String(UnicodeScalar(UInt8($0))) }) + Self.pieces {
            record.response = text
            #expect(try Self.line(record) == Array(try encoder.encode(record)) + [0x0A], "\(text.unicodeScalars.map(\.value))")
        }
        for double in Self.doubles {
            record.params.temperature = double
            #expect(try Self.line(record) == Array(try encoder.encode(record)) + [0x0A], "\(double)")
        }
    }

    @Test func aNonFiniteNumberThrowsAndLeavesTheBufferAsItWas() throws {
        var generator = SplitMix64(seed: 2)
        var record = Self.record(&generator)
        var bytes: [UInt8] = Array("kept\n".utf8)
        for value in [Double.nan, .infinity, -.infinity] {
            record.params.temperature = value
            #expect(throws: (any Error).self) { try Self.encoder().encode(record) }
            #expect(throws: JSONBytesError.self) { try record.appendJSONLine(to: &bytes) }
            #expect(bytes == Array("kept\n".utf8))
        }
    }

    /// Each line of the 0.1.0 fixture journals, read and written again, comes back byte for byte.
    @Test func fixtureLinesWrittenBy010RoundTripExactly() throws {
        for run in ["run-a", "run-b"] {
            let path = JournalFixture.folder.appendingPathComponent("\(run)/responses.jsonl").path
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            #expect(lines.count > 10)
            for line in lines {
                let record = try JSONDecoder().decode(JournalRecord.self, from: Data(line.utf8))
                #expect(try Self.line(record) == Array(line.utf8) + [0x0A])
            }
        }
    }
}

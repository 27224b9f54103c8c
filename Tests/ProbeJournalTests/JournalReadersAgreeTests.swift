import Foundation
import Testing
import ProbeClassifier
import ProbeJournal
import ProbeReports
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

/// `run` (which resumes through `JournalReader`) and `report` (through `ReportJournalReader`) read the same
/// journal the same way: CRLF and blank lines alike, invalid UTF-8 refused with its line, answers untouched.
@Suite struct JournalReadersAgreeTests {
    static func line(_ id: String, response: String = "An answer.") throws -> Data {
        try JSONEncoder().encode(RecordFixtures.record(id, response: response))
    }

    /// The prompt ids each reader finds, or the error it throws.
    static func read(_ run: RunDirectory) -> (full: Result<[String], JournalError>, report: Result<[String], JournalError>) {
        func collect(_ body: (inout [String]) throws -> Void) -> Result<[String], JournalError> {
            var ids: [String] = []
            do {
                try body(&ids)
                return .success(ids)
            } catch {
                return .failure(error as? JournalError ?? JournalError(path: "", message: "\(error)"))
            }
        }
        return (
            collect { ids in try JournalReader.forEachRecord(in: run) { ids.append($0.promptID) } },
            collect { ids in try ReportJournalReader.forEachRecord(in: run) { ids.append($0.promptID) } }
        )
    }

    @Test func crlfAndBlankLinesReadTheSameInBothReaders() throws {
        let folder = try TemporaryDirectory()
        var bytes = Data()
        bytes += try Self.line("a") + Data("\r\n\r\n   \n\t\r\n".utf8)
        bytes += try Self.line("b") + Data("\r\n".utf8)
        let torn = try Self.line("c").prefix(40) // cut off mid-record, no newline
        try (bytes + torn).write(to: folder.url.appendingPathComponent("responses.jsonl"))
        let run = RunDirectory(folder.path)
        let (full, report) = Self.read(run)
        #expect(try full.get() == ["a", "b"])
        #expect(try report.get() == ["a", "b"])
        // The report says what it left out.
        #expect(try RunReports.rates(of: [run], by: [.overall]).tornTails == [run.responses: torn.count])
        // A whole record without its newline is no torn line: both read it, and nothing is left out.
        try (bytes + Self.line("c")).write(to: folder.url.appendingPathComponent("responses.jsonl"))
        let (fullWhole, reportWhole) = Self.read(run)
        #expect(try fullWhole.get() == ["a", "b", "c"])
        #expect(try reportWhole.get() == ["a", "b", "c"])
        #expect(try RunReports.rates(of: [run], by: [.overall]).tornTails.isEmpty)
    }

    @Test func invalidUTF8IsRefusedByBothWithItsLine() throws {
        let folder = try TemporaryDirectory()
        var bad = try Self.line("b", response: "XX")
        let range = try #require(bad.range(of: Data("XX".utf8)))
        bad.replaceSubrange(range, with: [0xFF, 0xFE])
        try (Self.line("a") + Data("\n".utf8) + bad + Data("\n".utf8)).write(to: folder.url.appendingPathComponent("responses.jsonl"))
        let (full, report) = Self.read(RunDirectory(folder.path))
        for result in [full, report] {
            guard case .failure(let error) = result else {
                Issue.record("invalid UTF-8 was accepted")
                continue
            }
            #expect(error.line == 2 && error.message == "not valid UTF-8")
        }
    }

    @Test func anAnswerIsJournalledByteForByte() async throws {
        let folder = try TemporaryDirectory()
        let answer = "  \n  An answer with leading space,\r\n\ttabs and a trailing newline.\n"
        let configuration = RunConfiguration(directory: RunDirectory(folder.path + "/run"), model: "m", endpoint: "http://stub")
        let prompt = RecordFixtures.prompt("p")
        let run = ProbeRun(
            configuration: configuration, suites: SuiteSet(suites: [Suite(name: "s", file: "s.yaml", sha256: "0", prompts: [prompt])]),
            transport: ScriptedTransport(reply: answer), classifier: RuleClassifier())
        try await run.execute()
        let record = try #require(try JournalReader.records(in: configuration.directory).first)
        #expect(record.response == answer)
        #expect(record.outcome == .ok)
    }
}

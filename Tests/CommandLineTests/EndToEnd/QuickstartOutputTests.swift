import Foundation
import Testing
import ProbeClassifier
import ProbeJournal
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

/// What a newcomer reads at the end of `scripts/quickstart`: the report in one piece, then a plain verdict on
/// the install, never the tiny model's labels taken for one.
@Suite struct QuickstartOutputTests {
    static let repository = Repository.root

    /// stdout and stderr into one file, as a terminal or a CI log shows them: each "wrote" line whole, after the report.
    @Test func messagesOnStderrNeverLandInsideTheReport() async throws {
        let folder = try JournalFixture.scratchCopy()
        let result = try await CLIProcess.run(
            ["report", folder.path + "/run-a", "--csv", folder.path + "/out/r.csv", "--html", folder.path + "/out/r.html"],
            shellPrelude: "exec 2>&1")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let wrote = lines.indices.filter { lines[$0].contains("wrote ") }
        #expect(wrote.count == 2)
        #expect(wrote.allSatisfy { lines[$0].hasPrefix("wrote ") }, "\(wrote.map { lines[$0] })")
        #expect(wrote.first.map { lines[..<$0].contains { $0.hasPrefix("## Controls") } } == true)
    }

    static func summary(_ run: String) async throws -> ToolProcess.Result {
        try await ToolProcess.run("/usr/bin/env", ["python3", Self.repository.appendingPathComponent("scripts/quickstart-summary").path, run])
    }

    @Test func aRunThatAskedEverythingSaysTheInstallWorks() async throws {
        let folder = try TemporaryDirectory()
        let directory = RunDirectory(folder.path)
        let suites = RecordFixtures.suites(12)
        let configuration = RunConfiguration(directory: directory, model: "m", endpoint: "http://127.0.0.1:1/v1", concurrency: 2)
        try await ProbeRun(configuration: configuration, suites: suites, transport: ScriptedTransport(reply: "An answer."),
                           classifier: RuleClassifier()).execute()
        let result = try await Self.summary(folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("The install works: all 12 prompts were asked and journalled, 0 errors"), "\(result.stdout)")
        #expect(result.stdout.contains("a smoke test, not a measurement"))
    }

    @Test func aRunWithErrorsSaysWhereToLook() async throws {
        let folder = try JournalFixture.scratchCopy()
        let result = try await Self.summary(folder.path + "/run-a")
        #expect(result.status == 1)
        #expect(result.stdout.contains("8 of 66 prompts ended in an error"), "\(result.stdout)")
        #expect(result.stdout.contains("responses.jsonl"))
    }
}

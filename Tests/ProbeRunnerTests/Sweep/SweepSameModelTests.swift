import Foundation
import Testing
import ProbeJournal
import ProbeReports
import ProbeSuites
import SpeechProbeTesting

/// Targets of one model (two servers, two settings) in one sweep, through the binary against stub servers.
@Suite struct SweepSameModelTests {
    @Test func twoTargetsOfOneModelAreTwoRowsAndADiffAndResumeAsksNothingAgain() async throws {
        let folder = try TemporaryDirectory()
        try folder.write(CLIRunFixture.suite(prompts: 12), to: "suite.yaml")
        let out = folder.path + "/out"
        // Both servers serve `m-same`; the one behind `q4` refuses every third prompt.
        try await StubOpenAIServer.withRunning(.always(.answer(SweepFixture.full)), models: ["m-same"]) { fp16URL, fp16 in
            try await StubOpenAIServer.withRunning(SweepFixture.guarded, models: ["m-same"]) { q4URL, q4 in
                let file = try folder.write(SweepFixture.file(suite: "suite.yaml", baseline: "fp16", targets: [
                    ("fp16", fp16URL, "m-same", ""), ("q4", q4URL, "m-same", ""),
                ]), to: "sweep.yaml")
                let first = try await CLIProcess.run(["sweep", file, "--out", out])
                #expect(first.status == 0, "\(first.stderr)")
                #expect(await [fp16.chatRequests.count, q4.chatRequests.count] == [12, 12])
                let again = try await CLIProcess.run(["sweep", file, "--out", out])
                #expect(again.status == 0, "\(again.stderr)")
                #expect(await [fp16.chatRequests.count, q4.chatRequests.count] == [12, 12])
            }
        }
        for name in ["fp16", "q4"] {
            let audit = try JournalAudit(RunDirectory(out + "/" + name))
            #expect(audit.isComplete(promptIDs: CLIRunFixture.promptIDs(12)), "\(name): \(audit.records.count) records")
            #expect(Set(audit.records.map(\.target)) == [name])
            #expect(audit.manifest?.targets.first?.name == name && audit.manifest?.targets.first?.model == "m-same")
            #expect(audit.manifest?.sessions == 2)
        }
        let rows = try String(contentsOfFile: out + "/report.csv", encoding: .utf8).split(separator: "\r\n")
        let fp16Row = try #require(rows.first { $0.hasPrefix("fp16,overall,") }, "\(rows)")
        let q4Row = try #require(rows.first { $0.hasPrefix("q4,overall,") }, "\(rows)")
        #expect(fp16Row.dropFirst("fp16".count) != q4Row.dropFirst("q4".count))
        #expect(!rows.contains { $0.hasPrefix("m-same,") })
        // The diff pairs the two targets prompt by prompt: Questions 0, 3, 6 and 9 flip.
        let diff = try RunReports.diff(RunDirectory(out + "/fp16"), RunDirectory(out + "/q4"))
        #expect(diff.baseline == "fp16" && diff.candidate == "q4")
        #expect(diff.flips.map(\.promptID).sorted() == ["p0", "p3", "p6", "p9"], "\(diff.flips)")
        #expect(FileManager.default.fileExists(atPath: out + "/diff-q4.csv"))
    }

    /// A half-finished sweep written before targets had names keyed its records by model; it resumes under the
    /// model and asks only what is missing.
    @Test func aSweepBegunBeforeTargetsHadNamesResumesUnderTheModel() async throws {
        let folder = try TemporaryDirectory()
        let suite = try folder.write(CLIRunFixture.suite(prompts: 12), to: "suite.yaml")
        let run = RunDirectory(folder.path + "/out/open")
        try await StubOpenAIServer.withRunning(SweepFixture.script, models: ["m-open"]) { url, server in
            _ = try await MergeRuns.run(model: "m-open", at: url, into: run.path, suites: try SuiteLoader.load(suite))
            let lines = try String(contentsOfFile: run.responses, encoding: .utf8).split(separator: "\n")
            try (lines.prefix(5).joined(separator: "\n") + "\n").write(toFile: run.responses, atomically: true, encoding: .utf8)
            let file = try folder.write(SweepFixture.file(suite: "suite.yaml", baseline: nil, targets: [
                ("open", url, "m-open", "max_tokens: 64"),
            ]), to: "sweep.yaml")
            let result = try await CLIProcess.run(["sweep", file, "--out", folder.path + "/out"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(await server.chatRequests.count == 12 + 7)
        }
        let audit = try JournalAudit(run)
        #expect(audit.isComplete(promptIDs: CLIRunFixture.promptIDs(12)), "\(audit.records.count) records, duplicates \(audit.duplicates)")
        #expect(Set(audit.records.map(\.target)) == ["m-open"])
        #expect(audit.manifest?.targets.first?.name == "m-open" && audit.manifest?.targets.first?.model == nil)
    }
}

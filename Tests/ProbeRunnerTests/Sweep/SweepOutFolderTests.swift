import Foundation
import Testing
import ProbeJournal
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

/// The sweep's own files in `--out` belong to one sweep at a time, and no target may be named like one.
@Suite struct SweepOutFolderTests {
    @Test(arguments: ["sweep.json", "report.html", "report.md", "report.csv", "diff-x.md", "diff-q4.csv"])
    func aTargetNamedLikeAFileTheSweepWritesIsRefused(name: String) throws {
        let error = #expect(throws: SuiteValidationError.self) {
            try SweepFileParser.parse("""
                sweep: s
                suites: [s.yaml]
                targets:
                  - {name: "\(name)", endpoint: http://h:1/v1, model: m}
                """, file: "sweep.yaml")
        }
        #expect(error?.errors.map(\.description).first?.hasPrefix("sweep.yaml:4: targets[0].name: '\(name)' is a file the sweep writes") == true,
                "\(error?.errors.map(\.description) ?? [])")
    }

    @Test func theLockFileIsNoTargetNameEither() {
        #expect(SweepFile.isReserved(SweepLock.fileName))
        #expect(throws: SuiteValidationError.self) {
            try SweepFileParser.parse("sweep: s\nsuites: [s.yaml]\ntargets:\n  - {name: \"\(SweepLock.fileName)\", endpoint: http://h:1/v1, model: m}\n",
                                      file: "sweep.yaml")
        }
    }

    @Test func namesLikeThoseButNotThemAreFine() throws {
        let file = try SweepFileParser.parse("""
            sweep: s
            suites: [s.yaml]
            targets:
              - {name: report, endpoint: http://h:1/v1, model: m}
              - {name: diff-x, endpoint: http://h:1/v1, model: n}
            """, file: "sweep.yaml")
        #expect(file.targets.map(\.name) == ["report", "diff-x"])
    }

    @Test func aSecondSweepOnTheSameFolderIsRefusedBeforeAskingOrWritingAnything() async throws {
        let folder = try TemporaryDirectory()
        try folder.write(CLIRunFixture.suite(prompts: 2), to: "suite.yaml")
        let out = folder.path + "/out"
        let held = try SweepLock(out: out)
        try await StubOpenAIServer.withRunning(SweepFixture.script, models: ["m-open"]) { url, server in
            let file = try folder.write(SweepFixture.file(suite: "suite.yaml", baseline: nil, targets: [("open", url, "m-open", "")]),
                                        to: "sweep.yaml")
            let result = try await CLIProcess.run(["sweep", file, "--out", out])
            #expect(!result.signalled && result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("another speechprobe sweep is writing \(out)"), "\(result.stderr)")
            #expect(await server.chatRequests.isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == [".sweep.lock"])
        withExtendedLifetime(held) {}
    }
}

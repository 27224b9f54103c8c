import Foundation
import Testing
import ProbeJournal
import SpeechProbeTesting

/// `run --target`: the model is what is asked for, the target name is what the journal and reports say.
@Suite struct RunTargetNameTests {
    @Test func theTargetNameGoesIntoTheJournalManifestAndReport() async throws {
        let folder = try TemporaryDirectory()
        let suite = try folder.write(CLIRunFixture.suite(prompts: 6), to: "suite.yaml")
        let out = folder.path + "/run"
        try await StubOpenAIServer.withRunning(.always(.answer(SweepFixture.full))) { url, server in
            let named = CLIRunFixture.arguments(suite: suite, endpoint: url, out: out, options: ["--target": "fp16"])
            let result = try await CLIProcess.run(named)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(await server.chatRequests.map { $0.body?.model } == Array(repeating: CLIRunFixture.model, count: 6))
            // Another name in the same folder is another target: refused, nothing asked.
            let renamed = CLIRunFixture.arguments(suite: suite, endpoint: url, out: out, options: ["--target": "q4"])
            let refused = try await CLIProcess.run(renamed)
            #expect(refused.status != 0 && refused.stderr.contains("another target"), "\(refused.stderr)")
            #expect(await server.chatRequests.count == 6)
        }
        let audit = try JournalAudit(RunDirectory(out))
        #expect(audit.records.map(\.target) == Array(repeating: "fp16", count: 6))
        #expect(audit.manifest?.targets.first?.name == "fp16" && audit.manifest?.targets.first?.model == CLIRunFixture.model)
        let report = try await CLIProcess.run([
            "report", out, "--csv", folder.path + "/report.csv", "--html", folder.path + "/report.html",
        ])
        #expect(report.status == 0, "\(report.stderr)")
        let rows = try String(contentsOfFile: folder.path + "/report.csv", encoding: .utf8).split(separator: "\r\n")
        #expect(rows.contains { $0.hasPrefix("fp16,overall,") }, "\(rows)")
        let html = try String(contentsOfFile: folder.path + "/report.html", encoding: .utf8)
        #expect(html.contains("<code>fp16</code>") && html.contains("<dt>model requested</dt><dd>\(CLIRunFixture.model)</dd>"))
    }

    /// Without `--target` the manifest is written as before: no `model` beside the name.
    @Test func aRunWithoutATargetNameWritesNoModelField() async throws {
        let folder = try TemporaryDirectory()
        let suite = try folder.write(CLIRunFixture.suite(prompts: 2), to: "suite.yaml")
        let out = folder.path + "/run"
        try await StubOpenAIServer.withRunning(.always(.answer(SweepFixture.full))) { url, _ in
            let result = try await CLIProcess.run(CLIRunFixture.arguments(suite: suite, endpoint: url, out: out))
            #expect(result.status == 0, "\(result.stderr)")
        }
        let manifest = try String(contentsOfFile: RunDirectory(out).manifest, encoding: .utf8)
        #expect(manifest.contains("\"name\" : \"\(CLIRunFixture.model)\""), "\(manifest)")
        #expect(!manifest.contains("\"model\" :"), "\(manifest)")
    }
}

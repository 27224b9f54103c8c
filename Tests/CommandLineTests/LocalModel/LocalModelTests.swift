import Foundation
import ProbeCommandLine
import Testing
import ProbeClassifier
import ProbeEndpoint
import ProbeJournal
import ProbeReports
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

/// A few prompts against the real local model (SmolLM2-135M-Instruct on llama-cpp-python).
///
/// Uses the server at `SPEECHPROBE_LOCAL_MODEL_URL` (`.ci/run` starts one), or starts and stops one
/// with `scripts/local-model`. Only `SPEECHPROBE_SKIP_LOCAL_MODEL=1` skips it.
@Suite(.serialized) struct LocalModelTests {
    static let skip = ProcessInfo.processInfo.environment["SPEECHPROBE_SKIP_LOCAL_MODEL"] == "1"
    static let repository = Repository.root

    @Test(.enabled(if: !skip, "SPEECHPROBE_SKIP_LOCAL_MODEL=1: the real-model test was skipped"),
          .timeLimit(.minutes(30)))
    func answersRealPromptsAndControls() async throws {
        try await LocalModel.withServer(repository: Self.repository) { url in
            let folder = try TemporaryDirectory()
            let suites = try SuiteLoader.load(Self.repository.appendingPathComponent("prompts/demo.yaml").path)
            let picked = ["demo.tiananmen.factual.en", "demo.tiananmen.factual.zh-Hans", "demo.arithmetic.neutral.en",
                          "demo.xinjiang-geography.neutral.en"]
            var subset = suites
            subset.suites[0].prompts = suites.prompts.filter { picked.contains($0.id) }
            #expect(subset.prompts.count == picked.count)
            let configuration = RunConfiguration(
                directory: RunDirectory(folder.path), model: "smollm2-135m-instruct", endpoint: url, maxTokens: 200,
                systemPrompt: "Answer briefly, in at most three sentences.", concurrency: 1)
            let endpoint = EndpointConfiguration(baseURL: url, timeout: .seconds(300))
            let manifest = try await EndpointRun(configuration: configuration, endpoint: endpoint, suites: subset,
                                                 classifier: RuleClassifier(),
                                                 localModel: LocalModelInfo.read(for: url)).execute()
            #expect(manifest.status == "complete")
            #expect(manifest.targets.first?.servedModels?.contains("smollm2-135m-instruct") == true)
            #expect(manifest.targets.first?.localModel?["gguf_sha256"]
                    == "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53")

            let records = try JournalReader.records(in: RunDirectory(folder.path))
            #expect(Set(records.map(\.promptID)) == Set(picked))
            for record in records {
                // A real answer: the server produced visible text; a tiny model may run to the token limit.
                #expect([.ok, .truncated].contains(record.outcome), "\(record.promptID): \(record.outcome) \(String(describing: record.error))")
                #expect((record.response ?? "").count > 10, "\(record.promptID) answered '\(record.response ?? "")'")
                #expect(record.model != nil)
                if record.outcome == .ok { #expect(record.label != nil) }
                if record.control { #expect(record.label != .refused, "control \(record.promptID) was refused") }
            }
        }
    }
}

/// The quick start's flow through the binary users run (`SPEECHPROBE_BINARY`: the release build in CI): the
/// whole demo suite against the real model with the quick start's flags, then `report` and `export` on it.
extension LocalModelTests {
    @Test(.enabled(if: !skip, "SPEECHPROBE_SKIP_LOCAL_MODEL=1: the real-model test was skipped"),
          .enabled(if: CLIProcess.isReleasePass, "run by scripts/test-release against the release binary"),
          .timeLimit(.minutes(30)))
    func binaryRunsTheQuickStartAgainstTheRealModel() async throws {
        try await LocalModel.withServer(repository: Self.repository) { url in
            let folder = try TemporaryDirectory()
            let out = folder.path + "/quickstart"
            let suite = Self.repository.appendingPathComponent("prompts/demo.yaml").path
            let promptIDs = try SuiteLoader.load(suite).prompts.map(\.id)
            let run = try await CLIProcess(
                ["run", "--suite", suite, "--endpoint", url, "--model", "smollm2-135m-instruct", "--out", out,
                 "--max-tokens", "200", "--concurrency", "1", "--timeout", "300",
                 "--system", Self.repository.appendingPathComponent("scripts/quickstart-system-prompt.txt").path],
                directory: Self.repository.path
            ).wait(timeout: .seconds(1_200))
            #expect(!run.signalled && run.status == 0, "status \(run.status): \(run.stderr)")
            #expect(run.stdout.contains("complete, \(promptIDs.count)/\(promptIDs.count) records"), "\(run.stdout)")

            let audit = try JournalAudit(RunDirectory(out))
            #expect(audit.isComplete(promptIDs: promptIDs), "duplicates \(audit.duplicates)")
            #expect(audit.manifest?.targets.first?.localModel?["gguf_sha256"]
                    == "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53")
            for record in audit.records {
                #expect([.ok, .truncated].contains(record.outcome), "\(record.promptID): \(record.outcome)")
                if record.outcome == .ok { #expect(record.label != nil && record.classifier != nil) }
            }

            let report = try await CLIProcess.run(["report", out, "--csv", out + "/report.csv", "--html", out + "/report.html"])
            #expect(report.status == 0, "\(report.stderr)")
            #expect(report.stdout.contains("smollm2-135m-instruct"))
            let csv = try String(contentsOfFile: out + "/report.csv", encoding: .utf8)
            #expect(csv.split(whereSeparator: \.isNewline).count > 2, "a header and rows")
            let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("smollm2-135m-instruct"))

            let export = try await CLIProcess.run(["export", out, "--csv", folder.path + "/records.csv"])
            #expect(export.status == 0, "\(export.stderr)")
            let rows = try String(contentsOfFile: folder.path + "/records.csv", encoding: .utf8)
            #expect(promptIDs.allSatisfy { rows.contains($0) })
        }
    }
}

/// Starts the local model with `scripts/local-model` unless one is already named by the environment.
enum LocalModel {
    static func withServer(repository: URL, _ body: (String) async throws -> Void) async throws {
        if let url = ProcessInfo.processInfo.environment["SPEECHPROBE_LOCAL_MODEL_URL"], !url.isEmpty {
            try await body(url)
            return
        }
        let url = try await script(["start"], repository: repository)
        guard url.hasPrefix("http") else { throw LocalModelError(message: "scripts/local-model start printed no URL") }
        do {
            try await body(url)
        } catch {
            _ = try? await script(["stop"], repository: repository)
            throw error
        }
        try await script(["stop"], repository: repository)
    }

    /// Runs the script and returns the last line it printed on stdout (empty if none). It waits without
    /// blocking a thread of the cooperative pool (the first start builds for minutes; other tests keep running).
    @discardableResult
    static func script(_ arguments: [String], repository: URL) async throws -> String {
        let result = try await invoke(arguments, repository: repository)
        guard result.status == 0 else {
            throw LocalModelError(
                message: "scripts/local-model \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        // `start` prints the URL last; `stop` prints nothing on stdout.
        return result.stdout.split(separator: "\n").last.map(String.init) ?? ""
    }

    /// Runs the script to its end, whatever its exit status.
    static func invoke(_ arguments: [String], repository: URL) async throws -> ToolProcess.Result {
        try await ToolProcess.run("/bin/bash", [repository.appendingPathComponent("scripts/local-model").path] + arguments)
    }

    struct LocalModelError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

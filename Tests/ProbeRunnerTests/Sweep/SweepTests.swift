import Foundation
import Testing
import ProbeCore
import ProbeJournal
import ProbeReports
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

/// `speechprobe sweep` through the binary, against stub servers on loopback.
@Suite struct SweepTests {
    @Test func aFailingTargetIsReportedByNameAndTheOthersComplete() async throws {
        let folder = try TemporaryDirectory()
        try folder.write(CLIRunFixture.suite(prompts: 12), to: "suite.yaml")
        let secret = "sk-sweep-secret-0123456789"
        let result = try await StubOpenAIServer.withRunning(SweepFixture.script, models: ["m-open", "m-guarded"]) { url, _ in
            let file = try folder.write(SweepFixture.file(suite: "suite.yaml", baseline: "open", targets: [
                ("open", url, "m-open", "api_key_env: SWEEP_TEST_KEY"),
                ("missing", url, "m-missing", ""),
                ("guarded", url, "m-guarded", "api_key_env: SWEEP_TEST_KEY"),
                ("unreachable", "http://127.0.0.1:1/v1", "m-open-too", ""),
            ]), to: "sweep.yaml")
            return try await CLIProcess.run(["sweep", file, "--out", folder.path + "/out"],
                                            environment: ["SWEEP_TEST_KEY": secret])
        }
        #expect(result.status == 1, "\(result.stderr)")
        let failedLine = result.stderr.split(separator: "\n").first { $0.hasPrefix("failed: ") } ?? ""
        #expect(failedLine.contains("missing (") && failedLine.contains("unreachable ("), "\(result.stderr)")
        #expect(!failedLine.contains("open (") && !failedLine.contains("guarded ("), "\(result.stderr)")
        for name in ["open", "guarded"] {
            let audit = try JournalAudit(RunDirectory(folder.path + "/out/" + name))
            #expect(audit.isComplete(promptIDs: CLIRunFixture.promptIDs(12)), "\(name): \(audit.records.count) records")
        }
        // The combined report covers the targets that ran; the diff compares the one other target to the baseline.
        // Rows are named by target, as the sweep file names them.
        let rows = try String(contentsOfFile: folder.path + "/out/report.csv", encoding: .utf8).split(separator: "\r\n")
        #expect(rows.contains { $0.hasPrefix("open,overall,") } && rows.contains { $0.hasPrefix("guarded,overall,") }, "\(rows)")
        #expect(!rows.contains { $0.hasPrefix("missing,") || $0.hasPrefix("m-") })
        // sweep.json says the same per target, for scripts.
        let status = try JSONDecoder().decode(SweepStatus.self, from: Data(contentsOf: URL(fileURLWithPath: folder.path + "/out/sweep.json")))
        #expect(status.sweep == "test" && status.targets.map(\.name) == ["open", "missing", "guarded", "unreachable"])
        #expect(status.targets.map(\.status) == ["complete", "failed", "complete", "failed"])
        #expect(status.targets.map(\.model) == ["m-open", "m-missing", "m-guarded", "m-open-too"])
        #expect(status.targets[0].records == 12 && status.targets[0].planned == 12 && status.targets[0].reason == nil)
        #expect(status.targets[1].reason?.contains("m-missing") == true, "\(status.targets[1])")
        #expect(status.targets[3].reason?.isEmpty == false && status.targets[3].records == nil)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/out/diff-guarded.md"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out/diff-missing.md"))
        // The key reached the server but is nowhere in what the sweep printed or wrote.
        var written = result.stdout + result.stderr
        for file in try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/out") {
            written += (try? String(contentsOfFile: folder.path + "/out/" + file, encoding: .utf8)) ?? ""
        }
        #expect(!written.contains(secret))
    }

    @Test func aSweepStoppedMidwayResumesWithEveryRecordOnce() async throws {
        let folder = try TemporaryDirectory()
        try folder.write(CLIRunFixture.suite(prompts: 30), to: "suite.yaml")
        let slow = StubScript.always(.slowDrip(SweepFixture.full, chunkSize: 32, interval: .milliseconds(20)))
        try await StubOpenAIServer.withRunning(.byModel(["m-open": slow, "m-guarded": slow]), models: ["m-open", "m-guarded"]) { url, _ in
            let file = try folder.write(SweepFixture.file(suite: "suite.yaml", baseline: nil, targets: [
                ("open", url, "m-open", "concurrency: 2"), ("guarded", url, "m-guarded", "concurrency: 2"),
            ]), to: "sweep.yaml")
            let arguments = ["sweep", file, "--out", folder.path + "/out"]
            let child = try CLIProcess(arguments)
            // A loaded machine may take long to start the child; wait for the records, not for a time.
            let journal = folder.path + "/out/open/responses.jsonl"
            let deadline = ContinuousClock.now + .seconds(120)
            while ContinuousClock.now < deadline, (FileManager.default.contents(atPath: journal) ?? Data()).count(where: { $0 == 0x0A }) < 8 {
                try await Task.sleep(for: .milliseconds(5))
            }
            child.kill(SIGKILL)
            _ = await child.wait()
            let before = try JournalAudit(RunDirectory(folder.path + "/out/open")).records.count
            #expect(before > 0 && before < 30, "records before the resume: \(before)")
            let resumed = await (try CLIProcess(arguments)).wait(timeout: .seconds(180))
            #expect(resumed.status == 0, "\(resumed.stderr)")
        }
        for name in ["open", "guarded"] {
            let audit = try JournalAudit(RunDirectory(folder.path + "/out/" + name))
            #expect(audit.isComplete(promptIDs: CLIRunFixture.promptIDs(30)),
                    "\(name): \(audit.records.count) records, duplicates \(audit.duplicates)")
            #expect((audit.manifest?.sessions ?? 0) == 2)
        }
    }

    @Test func fourShardsInSeparateProcessesMergeIntoTheUnshardedReport() async throws {
        let folder = try TemporaryDirectory()
        try folder.write(CLIRunFixture.suite(prompts: 24), to: "suite.yaml")
        try await StubOpenAIServer.withRunning(SweepFixture.script, models: ["m-open"]) { openURL, _ in
            try await StubOpenAIServer.withRunning(SweepFixture.script, models: ["m-guarded"]) { guardedURL, _ in
                let file = try folder.write(SweepFixture.file(suite: "suite.yaml", baseline: "open", targets: [
                    ("open", openURL, "m-open", ""), ("guarded", guardedURL, "m-guarded", ""),
                ]), to: "sweep.yaml")
                let whole = try await CLIProcess.run(["sweep", file, "--out", folder.path + "/whole"])
                #expect(whole.status == 0, "\(whole.stderr)")
                let shards = try (0..<4).map { index in
                    try CLIProcess(["sweep", file, "--out", folder.path + "/shard-\(index)", "--shard", "\(index)/4"])
                }
                for shard in shards {
                    let result = await shard.wait()
                    #expect(result.status == 0, "\(result.stderr)")
                }
            }
        }
        var asked = 0
        for index in 0..<4 {
            let directory = RunDirectory(folder.path + "/shard-\(index)/guarded")
            let shard = try Shard(index: index, count: 4)
            #expect(try RunManifest.read(from: directory)?.shard == shard)
            asked += try JournalAudit(directory).records.count
        }
        #expect(asked == 24)
        let merged = try await CLIProcess.run([
            "report", folder.path + "/shard-*/open", folder.path + "/shard-*/guarded", "--csv", folder.path + "/merged.csv",
        ])
        #expect(merged.status == 0, "\(merged.stderr)")
        let mergedRows = try String(contentsOfFile: folder.path + "/merged.csv", encoding: .utf8).split(separator: "\r\n")
        let wholeRows = try String(contentsOfFile: folder.path + "/whole/report.csv", encoding: .utf8).split(separator: "\r\n")
        #expect(wholeRows.count > 10)
        #expect(mergedRows == wholeRows)
        let diff = try await CLIProcess.run([
            "diff", folder.path + "/shard-*/open", folder.path + "/shard-*/guarded", "--csv", folder.path + "/merged-diff.csv",
        ])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(try String(contentsOfFile: folder.path + "/merged-diff.csv", encoding: .utf8)
                == String(contentsOfFile: folder.path + "/whole/diff-guarded.csv", encoding: .utf8))
    }

    @Test func aDryRunValidatesEverythingAndPrintsThePlanWithoutAsking() async throws {
        let folder = try TemporaryDirectory()
        try folder.write(CLIRunFixture.suite(prompts: 12), to: "suite.yaml")
        let file = try folder.write(SweepFixture.file(suite: "suite.yaml", baseline: "a", targets: [
            ("a", "http://127.0.0.1:1/v1", "m-a", ""), ("b", "http://127.0.0.1:2/v1", "m-b", "api_key_env: SWEEP_UNSET_KEY"),
        ]), to: "sweep.yaml")
        let arguments = ["sweep", file, "--out", folder.path + "/out", "--dry-run"]
        let missing = try await CLIProcess.run(arguments, environment: ["SWEEP_UNSET_KEY": ""])
        #expect(missing.status == 65 && missing.stderr.contains("sweep.yaml:6: targets[1].api_key_env:"), "\(missing.stderr)")
        let plan = try await CLIProcess.run(arguments + ["--shard", "1/3"], environment: ["SWEEP_UNSET_KEY": "k"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let shard = try Shard(index: 1, count: 3)
        let asked = (0..<12).filter { shard.contains(promptID: "p\($0)", sample: 0) }.count
        #expect(plan.stdout.contains("2 target(s) × 12 prompt(s) × 1 sample(s), shard 1/3: \(asked) per target = \(2 * asked) requests"),
                "\(plan.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    @Test func aFolderOfOneShardIsNotResumedAsAnother() async throws {
        let folder = try TemporaryDirectory()
        let suites = try SuiteLoader.load(try folder.write(CLIRunFixture.suite(prompts: 8), to: "suite.yaml"))
        try await StubOpenAIServer.withRunning(SweepFixture.script, models: ["m-open"]) { url, _ in
            let shard = try Shard(index: 0, count: 2), other = try Shard(index: 1, count: 2)
            let first = try await MergeRuns.run(model: "m-open", at: url, into: folder.path + "/run", suites: suites, shard: shard)
            #expect(first.status == .complete && first.shard == shard)
            let error = await #expect(throws: JournalError.self) {
                try await MergeRuns.run(model: "m-open", at: url, into: folder.path + "/run", suites: suites, shard: other)
            }
            #expect(error?.description.contains("shard 0/2") == true, "\(error?.description ?? "")")
        }
    }

    @Test func aMissingShardIsNoted() async throws {
        let folder = try TemporaryDirectory()
        let suites = try SuiteLoader.load(try folder.write(CLIRunFixture.suite(prompts: 8), to: "suite.yaml"))
        try await StubOpenAIServer.withRunning(SweepFixture.script, models: ["m-open"]) { url, _ in
            for index in [0, 2] {
                _ = try await MergeRuns.run(model: "m-open", at: url, into: folder.path + "/s\(index)", suites: suites,
                                            shard: try Shard(index: index, count: 3))
            }
        }
        let notes = try RunMerge.check([RunDirectory(folder.path + "/s0"), RunDirectory(folder.path + "/s2")])
        #expect(notes.contains { $0.contains("shard(s) 1/3 missing") }, "\(notes)")
    }
}

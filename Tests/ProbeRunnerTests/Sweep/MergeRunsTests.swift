import Foundation
import Testing
import ProbeClassifier
import ProbeCore
import ProbeEndpoint
import ProbeJournal
import ProbeReports
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

/// Folders of one target merge only when they asked the same thing the same way.
@Suite struct MergeRuns {
    static func run(
        model: String, at url: String, into folder: String, suites: SuiteSet, temperature: Double = 0, shard: Shard? = nil,
        target: String? = nil
    ) async throws -> RunManifest {
        var configuration = RunConfiguration(directory: RunDirectory(folder), model: model, endpoint: url,
                                             temperature: temperature, maxTokens: 64, concurrency: 4, target: target)
        configuration.shard = shard
        let endpoint = EndpointConfiguration(baseURL: url, timeout: StubClientHarness.timeout, retry: RetryPolicy(maxAttempts: 1))
        return try await EndpointRun(configuration: configuration, endpoint: endpoint, suites: suites,
                                     classifier: RuleClassifier()).execute()
    }

    @Test func runsWithOtherParametersSuitesOrModelsAreRefusedNamingWhat() async throws {
        let folder = try TemporaryDirectory()
        let suite = try folder.write(CLIRunFixture.suite(prompts: 6), to: "suite.yaml")
        let other = try folder.write(CLIRunFixture.suite(prompts: 7), to: "other.yaml")
        let suites = try SuiteLoader.load(suite)
        try await StubOpenAIServer.withRunning(SweepFixture.script, models: ["m-open", "m-guarded"]) { url, _ in
            _ = try await Self.run(model: "m-open", at: url, into: folder.path + "/a", suites: suites)
            _ = try await Self.run(model: "m-open", at: url, into: folder.path + "/warm", suites: suites, temperature: 0.7)
            _ = try await Self.run(model: "m-open", at: url, into: folder.path + "/longer", suites: try SuiteLoader.load(other))
            _ = try await Self.run(model: "m-guarded", at: url, into: folder.path + "/guarded", suites: suites)
        }
        let a = RunDirectory(folder.path + "/a")
        let refusals: [(String, String)] = [("warm", "parameters differ (temperature 0.0"), ("longer", "suites differ")]
        for (name, reason) in refusals {
            let error = #expect(throws: RunMerge.Mismatch.self) { try RunMerge.check([a, RunDirectory(folder.path + "/" + name)]) }
            #expect(error?.description.contains(reason) == true, "\(error?.description ?? "")")
            #expect(error?.description.contains(folder.path + "/" + name) == true)
            // The command line says the same and exits non-zero.
            let result = try await CLIProcess.run(["report", a.path, folder.path + "/" + name])
            #expect(result.status != 0 && result.stderr.contains("refusing to merge") && result.stderr.contains(reason),
                    "\(result.stderr)")
        }
        // Different targets side by side in one report are not a merge; on one side of a diff they are.
        #expect(try RunMerge.check([a, RunDirectory(folder.path + "/guarded")]).isEmpty)
        let error = #expect(throws: RunMerge.Mismatch.self) {
            try RunReports.diff([a, RunDirectory(folder.path + "/guarded")], [RunDirectory(folder.path + "/warm")])
        }
        #expect(error?.description.contains("models differ (m-open vs m-guarded)") == true, "\(error?.description ?? "")")
    }

    /// Folders merge by target name; within one name the model asked for must still agree.
    @Test func namedTargetsMergeByNameAndRefuseAnotherModelUnderOneName() async throws {
        let folder = try TemporaryDirectory()
        let suites = try SuiteLoader.load(try folder.write(CLIRunFixture.suite(prompts: 6), to: "suite.yaml"))
        try await StubOpenAIServer.withRunning(SweepFixture.script, models: ["m-open", "m-guarded"]) { url, _ in
            for index in 0..<2 {
                _ = try await Self.run(model: "m-open", at: url, into: folder.path + "/fp16-\(index)", suites: suites,
                                       shard: try Shard(index: index, count: 2), target: "fp16")
            }
            _ = try await Self.run(model: "m-guarded", at: url, into: folder.path + "/other", suites: suites, target: "fp16")
            _ = try await Self.run(model: "m-open", at: url, into: folder.path + "/q4", suites: suites, target: "q4")
        }
        let shards = [RunDirectory(folder.path + "/fp16-0"), RunDirectory(folder.path + "/fp16-1")]
        #expect(try RunMerge.check(shards + [RunDirectory(folder.path + "/q4")]).isEmpty)
        let other = #expect(throws: RunMerge.Mismatch.self) { try RunMerge.check(shards + [RunDirectory(folder.path + "/other")]) }
        #expect(other?.description.contains("models differ (m-open vs m-guarded)") == true, "\(other?.description ?? "")")
        // One model under two names on one side of a diff is two targets, not shards of one.
        let renamed = #expect(throws: RunMerge.Mismatch.self) {
            try RunReports.diff(shards + [RunDirectory(folder.path + "/q4")], [RunDirectory(folder.path + "/other")])
        }
        #expect(renamed?.description.contains("targets differ (fp16 vs q4)") == true, "\(renamed?.description ?? "")")
        // The merged shards are one side, named by target.
        let diff = try RunReports.diff(shards, [RunDirectory(folder.path + "/q4")])
        #expect(diff.baseline == "fp16" && diff.candidate == "q4" && diff.overall.pairs == 6)
    }

    @Test func duplicatesAcrossFoldersCountOnceAndAreReported() async throws {
        let folder = try TemporaryDirectory()
        let suites = try SuiteLoader.load(try folder.write(CLIRunFixture.suite(prompts: 5), to: "suite.yaml"))
        try await StubOpenAIServer.withRunning(SweepFixture.script, models: ["m-open"]) { url, _ in
            _ = try await Self.run(model: "m-open", at: url, into: folder.path + "/a", suites: suites)
            _ = try await Self.run(model: "m-open", at: url, into: folder.path + "/b", suites: suites)
        }
        let runs = [RunDirectory(folder.path + "/a"), RunDirectory(folder.path + "/b")]
        try RunMerge.check(runs)
        let report = try RunReports.rates(of: runs, by: [.overall])
        #expect(report.duplicateRecords == 5)
        #expect(report.rows.first { $0.denominator == .all }?.records == 5)
    }
}

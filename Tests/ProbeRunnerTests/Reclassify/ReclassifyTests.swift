import Foundation
import Testing
import ProbeClassifier
import ProbeRunner
import ProbeJournal
import ProbeTraining
import SpeechProbeTesting

struct ReclassifyTests {
    /// A run folder with three records: a refusal, an answer journalled before questions were, an error.
    static func makeRun(in directory: borrowing TemporaryDirectory) throws -> RunDirectory {
        let run = RunDirectory(directory.path)
        var refusal = RecordFixtures.record("p1", label: .complete, response: "I'm sorry, but I can't help with that.")
        refusal.prompt = "Write an essay criticising X."
        let essay = "Here is the essay you asked for.\n\n" + String(repeating: "The policy failed on three counts, and the record shows it. ", count: 12)
        let old = RecordFixtures.record("p2", label: .refused, response: essay)
        let error = RecordFixtures.record("p3", outcome: .error, response: nil)
        let writer = try JournalWriter(path: run.responses)
        for record in [refusal, old, error] { try writer.append(record) }
        var manifest = RunManifest(run: "r", status: "complete", startedAt: "2026-11-23T00:00:00.000Z", suites: [],
                                   targets: [], samples: 1, concurrency: 1)
        manifest.counts.planned = 3
        try manifest.write(to: run)
        return run
    }

    @Test func relabelsOkRecordsKeepingEveryOtherField() async throws {
        let directory = try TemporaryDirectory()
        let run = try Self.makeRun(in: directory)
        let before = try JournalReader.records(in: run)
        let summary = try await Reclassify.run(run: run, classifier: RuleClassifier(), concurrency: 2)
        let after = try JournalReader.records(in: run)
        #expect(summary.records == 3 && summary.relabelled == 2 && summary.changed == 2 && summary.withoutQuestion == 1)
        #expect(after.map(\.label) == [.refused, .complete, nil])
        #expect(after[0].classifier?.name == "rules")
        for (old, new) in zip(before, after) {
            var expected = new
            expected.label = old.label
            expected.classifier = old.classifier
            expected.flags = old.flags
            #expect(expected == old)
        }
        let manifest = try #require(try RunManifest.read(from: run))
        #expect(manifest.counts.planned == 3 && manifest.counts.records == 3)
        #expect(manifest.counts.labels == [.refused: 1, .complete: 1])
        #expect(!FileManager.default.fileExists(atPath: run.responses + ".reclassify"))
    }

    @Test func aJudgeRelabelsWithoutTheProbedEndpointAndKeepsItsOutput() async throws {
        let directory = try TemporaryDirectory()
        let run = try Self.makeRun(in: directory)
        let judgeTransport = ScriptedTransport(reply: "Weighing it.\nLABEL: evasive")
        let judge = JudgeClassifier(transport: judgeTransport, configuration: .init(model: "j"), fallback: RuleClassifier())
        try await StubOpenAIServer.withRunning(.always(.answer("probed"))) { _, probed in
            _ = try await Reclassify.run(run: run, classifier: judge, concurrency: 4)
            #expect(await probed.requests.isEmpty)
        }
        let after = try JournalReader.records(in: run)
        #expect(judgeTransport.questions.count == 2)
        #expect(after.map(\.label) == [.evasive, .evasive, nil])
        #expect(after[0].classifier?.judgeOutput == "Weighing it.\nLABEL: evasive")
        #expect(after[0].classifier?.name == "judge")
    }

    @Test func aRunningWriterBlocksReclassification() async throws {
        let directory = try TemporaryDirectory()
        let run = try Self.makeRun(in: directory)
        let writer = try JournalWriter(path: run.responses)
        await #expect(throws: JournalError.self) {
            try await Reclassify.run(run: run, classifier: RuleClassifier())
        }
        withExtendedLifetime(writer) {}
    }
}

struct ClassifierCommandTests {
    @Test func evalJSONHasTheContractKeys() async throws {
        let directory = try TemporaryDirectory()
        let set = try directory.write("""
            {"id":"a","question":"q","response":"I'm sorry, but I can't help with that.","label":"refused"}
            {"id":"b","question":"q","response":"Here is a long and detailed essay about the subject you asked for.","label":"complete"}

            """, to: "set.jsonl")
        let predictions = directory.path + "/predictions.jsonl"
        let result = try await CLIProcess.run(["eval", set, "--json", "--predictions", predictions, "--classifier", "rules"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["n", "accuracy", "macro_f1", "per_class", "confusion"] { #expect(object[key] != nil, "\(key)") }
        #expect(object["n"] as? Int == 2)
        let lines = try String(contentsOfFile: predictions, encoding: .utf8).split(separator: "\n")
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        for key in ["id", "label", "predicted", "confidence"] { #expect(first[key] != nil, "\(key)") }
    }

    @Test func evalMeasuresACascadeAgainstARealJudgeServer() async throws {
        let directory = try TemporaryDirectory()
        let essay = "Here is the essay you asked for. " + String(repeating: "The policy failed on three counts. ", count: 3)
        let set = try directory.write("""
            {"id":"a","question":"q","response":"I'm sorry, but I can't help with that.","label":"refused"}
            {"id":"b","question":"q","response":"\(essay)","label":"evasive"}

            """, to: "set.jsonl")
        let predictions = directory.path + "/predictions.jsonl"
        try await StubOpenAIServer.withRunning(.always(.answer("It waters the request down.\nLABEL: evasive"))) { url, judge in
            // The refusal is sure offline (0.92); the short essay (0.61) is below 0.9, so only it reaches the judge.
            let result = try await CLIProcess.run([
                "eval", set, "--json", "--predictions", predictions, "--classifier", "rules",
                "--judge", url, "--judge-model", "stub-model", "--cascade", "0.9",
            ])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(await judge.requests.count == 1)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(object["accuracy"] as? Double == 1)
            // Which classifier decided each row is reported, so a judge that fell back cannot pass for one.
            let decided = try #require(object["decided_by"] as? [String: [String: Any]])
            #expect(decided.count == 2)
            let judged = try #require(decided.first { $0.key.hasPrefix("judge") }?.value)
            #expect(judged["n"] as? Int == 1)
        }
        let lines = try String(contentsOfFile: predictions, encoding: .utf8).split(separator: "\n")
        let judged = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(judged["predicted"] as? String == "evasive")
    }

    @Test func classifyChecksItsJudgeOptions() async throws {
        let result = try await CLIProcess.run(["classify", "nowhere", "--cascade", "0.8"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--cascade needs --judge"))
    }
}

struct DefaultClassifierSharedDataTests {
    static let files = ModelExport.trainingFiles(dataRoot: Repository.sharedData)
    static var present: Bool { files.allSatisfy { FileManager.default.fileExists(atPath: $0.path) } }

    /// A smoke check that the default classifier reads every shared set (it trained on these rows, so the
    /// figure is not a measure: held-out figures come from `speechprobe train`).
    @Test(.enabled(if: present))
    func labelsEverySharedSet() async throws {
        let classifier = try DefaultClassifier.make()
        for file in Self.files {
            let (report, _) = try await Evaluation.run(file: file, classifier: classifier)
            let majority = report.confusion.majorityAccuracy
            #expect(report.n >= 200 && report.accuracy > majority, "\(file.lastPathComponent): \(report.accuracy) vs \(majority)")
        }
    }
}

import Foundation
import Testing
import ProbeJournal
import ProbeReports
import ProbeSuites
import SpeechProbeTesting

extension ReliabilityTests {
    /// The binary users run (CI points `SPEECHPROBE_BINARY` at the release build) across two replicas of one
    /// model: every record written once, each replica serving its share. The release build once crashed here
    /// before asking anything while the debug build passed.
    @Suite struct ReplicaBinaryTests {
        static let prompts = 40

        @Test(arguments: [[String: String](), ["--samples": "2", "--seed": "7"]])
        func runAcrossTwoReplicasWritesEveryRecordAndSharesTheLoad(options: [String: String]) async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: Self.prompts), to: "suite.yaml")
            let directory = RunDirectory(folder.path + "/run")
            let samples = Int(options["--samples"] ?? "1") ?? 1
            let answer = StubBehaviour.answer("Here is a full and direct answer to the question that was asked.")
            let (first, second) = try await StubOpenAIServer.withRunning(.always(answer)) { urlA, serverA in
                try await StubOpenAIServer.withRunning(.always(answer)) { urlB, serverB in
                    var arguments = CLIRunFixture.arguments(suite: suite, endpoint: urlA, out: directory.path, options: options)
                    arguments += ["--endpoint", urlB]
                    let result = try await CLIProcess.run(arguments)
                    #expect(!result.signalled && result.status == 0, "status \(result.status): \(result.stderr)")
                    #expect(result.stdout.contains("complete, \(Self.prompts * samples)/\(Self.prompts * samples) records"),
                            "\(result.stdout)")
                    return (await serverA.chatRequests, await serverB.chatRequests)
                }
            }
            let audit = try JournalAudit(directory)
            #expect(audit.isComplete(promptIDs: CLIRunFixture.promptIDs(Self.prompts), samples: samples),
                    "unreadable lines \(audit.unreadableLines), duplicates \(audit.duplicates)")
            #expect(audit.records.allSatisfy { $0.outcome == .ok && $0.label != nil })
            #expect(audit.manifest?.targets.first?.replicas?.count == 1)

            // Each request reached exactly one replica, and neither replica was left idle or given most of the run.
            let total = Self.prompts * samples
            #expect(first.count + second.count == total)
            for served in [first.count, second.count] {
                #expect(served >= total / 4 && served <= total * 3 / 4, "replicas served \(first.count) and \(second.count)")
            }
            if let seed = options["--seed"].flatMap(Int.init) {
                // Sample i carries seed + i on whichever replica answered it.
                let seeds = Set((first + second).compactMap(\.body?.seed))
                #expect(seeds == Set((0..<samples).map { seed + $0 }))
            }
        }
    }
}

import Synchronization
import Foundation
import Testing
import ProbeJournal
import ProbeReports
import ProbeSuites
import SpeechProbeTesting

extension ReliabilityTests {
    /// The real binary, killed and disturbed: whatever happens, a rerun of the same command ends with every
    /// prompt × sample exactly once.
    @Suite struct CrashSafetyTests {
        /// An answer that takes about 100 ms to arrive, so a run of 80 records at concurrency 4 lasts seconds.
        static let slowAnswer = StubBehaviour.slowDrip(
            "Here is a full and direct answer to the question that was asked.", chunkSize: 64, interval: .milliseconds(20))

        /// A moment in a child's run.
        enum Moment {
            /// Once the stub has received this many chat requests: the child is asking, and holds the journal's lock.
            case requests(Int)
            /// Once the journal holds this many records.
            case records(Int)
        }

        @Test func killedAtSeveralPointsThenRerunEveryPromptTimesSampleIsJournalledOnce() async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 40), to: "suite.yaml")
            let directory = RunDirectory(folder.path + "/run")
            let stops: [(moment: Moment, signal: Int32)] = [
                (.requests(1), SIGKILL), (.records(10), SIGKILL), (.records(30), SIGTERM), (.records(55), SIGKILL),
            ]
            try await StubOpenAIServer.withRunning(.always(Self.slowAnswer)) { baseURL, server in
                let arguments = CLIRunFixture.arguments(suite: suite, endpoint: baseURL, out: directory.path,
                                                        options: ["--samples": "2"])
                var leftBehind: [Int] = []
                for stop in stops {
                    let child = try CLIProcess(arguments)
                    try await Self.wait(until: stop.moment, in: directory, server: server)
                    child.kill(stop.signal)
                    let result = await child.wait()
                    if stop.signal == SIGKILL {
                        #expect(result.signalled && result.status == SIGKILL)
                    } else {
                        // SIGTERM is caught: in-flight requests are dropped and the manifest says so.
                        #expect(!result.signalled && result.status == 130, "\(result.stderr)")
                        #expect(result.stderr.contains("interrupted: run the same command again to resume"))
                        #expect(try RunManifest.read(from: directory)?.status == "interrupted")
                    }
                    #expect(!result.stderr.contains("Fatal error"))
                    leftBehind.append(try JournalAudit(directory).records.count)
                }
                let last = try await CLIProcess.run(arguments)
                #expect(last.status == 0, "\(last.stderr)")
                #expect(last.stdout.contains("complete, 80/80 records"))
                // The kills landed mid-run, not before or after it, so the resume had something to resume.
                #expect(leftBehind.contains { 0 < $0 && $0 < 80 }, "records after each stop: \(leftBehind)")
            }
            let audit = try JournalAudit(directory)
            #expect(audit.isComplete(promptIDs: CLIRunFixture.promptIDs(40), samples: 2),
                    "unreadable lines \(audit.unreadableLines), duplicates \(audit.duplicates)")
            #expect((audit.manifest?.sessions ?? 0) >= 4)
        }

        @Test func aSecondProcessOnTheSameFolderIsRefusedAndRecordsDoNotInterleave() async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 24), to: "suite.yaml")
            let directory = RunDirectory(folder.path + "/run")
            // Answers stay slow (about 3 s each) until the second process has been turned away, so the
            // first is still running however long a loaded machine takes to start the second.
            let gate = Mutex(false)
            let script = StubScript { _ in
                gate.withLock { $0 } ? Self.slowAnswer
                    : .slowDrip("Here is a full and direct answer.", chunkSize: 4, interval: .milliseconds(300))
            }
            try await StubOpenAIServer.withRunning(script) { baseURL, server in
                let arguments = CLIRunFixture.arguments(suite: suite, endpoint: baseURL, out: directory.path)
                let first = try CLIProcess(arguments)
                // A run takes the journal's lock before it asks anything: a request means the lock is held.
                try await Self.wait(until: .requests(1), in: directory, server: server)
                let second = try await CLIProcess.run(arguments)
                gate.withLock { $0 = true }
                #expect(!second.signalled && second.status != 0)
                #expect(second.stderr.contains("another speechprobe process is writing this run"), "\(second.stderr)")
                #expect(!second.stderr.contains("Fatal error"))
                let firstResult = await first.wait()
                #expect(firstResult.status == 0, "\(firstResult.stderr)")
            }
            let audit = try JournalAudit(directory)
            #expect(audit.isComplete(promptIDs: CLIRunFixture.promptIDs(24)))
            #expect(audit.manifest?.sessions == 1)
        }

        @Test func aFullDiskStopsTheRunClearlyAndKeepsEveryRecordAlreadyWritten() async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 30), to: "suite.yaml")
            let directory = RunDirectory(folder.path + "/run")
            try await StubOpenAIServer.withRunning(.always(.answer("A full answer."))) { baseURL, _ in
                let arguments = CLIRunFixture.arguments(suite: suite, endpoint: baseURL, out: directory.path)
                // Files may grow to 4 KB: room for the manifest and a few records. The signal a write past the
                // limit raises is ignored, so the write fails with EFBIG as it would with ENOSPC on a full disk.
                let full = try await CLIProcess.run(arguments, shellPrelude: "trap '' XFSZ; ulimit -f 8")
                #expect(!full.signalled && full.status != 0)
                #expect(full.stderr.contains("responses.jsonl: cannot write: File too large; records already written are kept"),
                        "\(full.stderr)")
                #expect(!full.stderr.contains("Fatal error"))
                let kept = try JournalAudit(directory)
                #expect(kept.isClean)
                #expect((1..<30).contains(kept.records.count))
                #expect(kept.manifest?.status != "complete")

                let resumed = try await CLIProcess.run(arguments)
                #expect(resumed.status == 0, "\(resumed.stderr)")
                let audit = try JournalAudit(directory)
                #expect(audit.isComplete(promptIDs: CLIRunFixture.promptIDs(30)))
                #expect(Set(kept.records).isSubset(of: Set(audit.records)))
            }
        }

        @Test func anUnwritableRunFolderIsAClearError() async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 2), to: "suite.yaml")
            // A folder below a regular file cannot be created, even by root.
            let blocker = try folder.write("not a folder", to: "blocker")
            try await StubOpenAIServer.withRunning(.always(.answer("A full answer."))) { baseURL, server in
                let result = try await CLIProcess.run(
                    CLIRunFixture.arguments(suite: suite, endpoint: baseURL, out: blocker + "/run"))
                #expect(!result.signalled && result.status == 1)
                #expect(result.stderr == "error: \(blocker)/run: cannot create the run folder: Not a directory\n")
                #expect(await server.chatRequests.isEmpty)
            }
            #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "not a folder")
        }

        /// Returns at `moment` of the run writing to `directory` against `server`.
        static func wait(until moment: Moment, in directory: RunDirectory, server: StubOpenAIServer) async throws {
            switch moment {
            case .requests(let requests):
                await server.waitUntil { $0.chatRequests >= requests }
            case .records(let records):
                // The child's journal gives no signal but its bytes, so it is read until it holds the records.
                // The bound only stops a run that never gets there from hanging the suite.
                let giveUp = ContinuousClock.now + .seconds(300)
                while ContinuousClock.now < giveUp {
                    let data = FileManager.default.contents(atPath: directory.responses) ?? Data()
                    if data.count(where: { $0 == 0x0A }) >= records { return }
                    try await Task.sleep(for: .milliseconds(5))
                }
                Issue.record("the journal never reached \(records) records")
            }
        }
    }
}

import Foundation
import Testing
@testable import ProbeJournal
@testable import ProbeRunner
@testable import ProbeSuites
import SpeechProbeTesting

extension ReliabilityTests {
    /// A run facing nothing but 429/503 stops after its budget, says why, and resumes later.
    @Suite struct RateLimitBudgetTests {
        @Test func theBudgetCountsFromTheLastRealAnswer() {
            let start = ContinuousClock.now
            var budget = RateLimitBudget(allowance: .seconds(10), start: start)
            #expect(budget.observe(rateLimited: true, now: start + .seconds(3)) == .waiting)
            #expect(budget.limitedFor(now: start + .seconds(4)) == .seconds(4))
            #expect(budget.observe(rateLimited: false, now: start + .seconds(5)) == .answered)
            #expect(budget.limitedFor(now: start + .seconds(6)) == nil)
            #expect(budget.observe(rateLimited: true, now: start + .seconds(12)) == .waiting)
            #expect(budget.observe(rateLimited: true, now: start + .seconds(15)) == .exhausted)
        }

        @Test func theProgressLineShowsTheWait() {
            var progress = RunProgress(total: 10, done: 2, asked: 8)
            progress.rateLimitedFor = .seconds(75)
            progress.lastRetryAfter = .seconds(99_999)
            #expect(progress.line.hasSuffix("rate-limited for 1:15, Retry-After 99999 s"), "\(progress.line)")
        }

        @Test func aRateLimitStormStopsTheRunWhichResumesLater() async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 40), to: "suite.yaml")
            let out = folder.path + "/run"
            let arguments = { (baseURL: String) in
                CLIRunFixture.arguments(suite: suite, endpoint: baseURL, out: out, options: [
                    "--max-attempts": "1", "--concurrency": "1", "--rate-limit-budget": "1",
                ])
            }
            let storm = StubBehaviour.delayed(
                .milliseconds(100), then: .status(429, body: "slow down", headers: ["Retry-After": "99999"]))
            let (stopped, asked) = try await StubOpenAIServer.withRunning(.always(storm)) { baseURL, server in
                (try await CLIProcess.run(arguments(baseURL)), await server.chatRequests.count)
            }
            #expect(stopped.status == 75, "\(stopped.stderr)")
            #expect(stopped.stderr.contains(
                "stopped: the endpoint answered only 429/503 for 1 s (last Retry-After: 99999 s); run the same command again later to resume"),
                "\(stopped.stderr)")
            // It stopped after about a second, not after asking all 40 (4 s at 100 ms each).
            #expect((1..<40).contains(asked), "\(asked) requests")
            let manifest = try #require(try RunManifest.read(from: RunDirectory(out)))
            #expect(manifest.status == "rate_limited" && manifest.stopReason?.contains("99999 s") == true)
            // The rate-limited failures of the storm were not journalled, so the resume asks those prompts too.
            #expect(try JournalReader.records(in: RunDirectory(out)).isEmpty)

            let resumed = try await StubOpenAIServer.withRunning(.always(.answer("A full answer."))) { baseURL, _ in
                try await CLIProcess.run(arguments(baseURL))
            }
            #expect(resumed.status == 0, "\(resumed.stderr)")
            let records = try JournalReader.records(in: RunDirectory(out))
            #expect(records.count == 40 && records.allSatisfy { $0.outcome == .ok })
            #expect(try RunManifest.read(from: RunDirectory(out))?.status == "complete")
        }

        @Test func aStormThatEndsKeepsItsFailuresAsRecords() async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 4), to: "suite.yaml")
            let script = StubScript.byPrompt(["Question 0?": .status(503), "Question 1?": .status(429)],
                                             fallback: .answer("A full answer."))
            let result = try await StubOpenAIServer.withRunning(script) { baseURL, _ in
                try await CLIProcess.run(CLIRunFixture.arguments(
                    suite: suite, endpoint: baseURL, out: folder.path + "/run",
                    options: ["--max-attempts": "1", "--concurrency": "1"]))
            }
            #expect(result.status == 0, "\(result.stderr)")
            let records = try JournalReader.records(in: RunDirectory(folder.path + "/run"))
            #expect(records.map(\.httpStatus).sorted { ($0 ?? 0) < ($1 ?? 0) } == [200, 200, 429, 503])
        }
    }
}

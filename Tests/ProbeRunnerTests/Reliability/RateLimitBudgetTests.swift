import Foundation
import ProbeCommandLine
import Testing
import ProbeClassifier
import ProbeEndpoint
import ProbeJournal
import ProbeRunner
import ProbeSuites
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

        /// Attempts count as they end; one the endpoint has been working on for the whole allowance means it is
        /// answering slowly, not refusing, so the budget is not spent while it lasts.
        @Test func attemptsCountAsTheyEndAndASlowAnswerHoldsTheStop() {
            let start = ContinuousClock.now
            var watch = RateLimitWatch(RateLimitBudget(allowance: .seconds(10), start: start))
            watch.hear(.began(at: start + .seconds(1)), now: start + .seconds(1))
            watch.hear(.began(at: start + .seconds(2)), now: start + .seconds(2))
            watch.hear(.ended(began: start + .seconds(2), rateLimited: true, retryAfter: .seconds(99)), now: start + .seconds(2))
            #expect(watch.lastRetryAfter == .seconds(99))
            #expect(!watch.isExhausted(now: start + .seconds(9)))
            // Ten seconds of nothing but 429s, but the first attempt has been out for eleven.
            #expect(!watch.isExhausted(now: start + .seconds(12)))
            watch.hear(.ended(began: start + .seconds(1), rateLimited: nil, retryAfter: nil), now: start + .seconds(13))
            #expect(watch.isExhausted(now: start + .seconds(13)))
            watch.hear(.began(at: start + .seconds(14)), now: start + .seconds(14))
            watch.hear(.ended(began: start + .seconds(14), rateLimited: false, retryAfter: nil), now: start + .seconds(15))
            #expect(!watch.isExhausted(now: start + .seconds(16)))
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

        /// Each request here retries, waiting out a capped Retry-After (120 s) between attempts, so none ends
        /// for minutes; the budget is checked on a tick, and the run stops within seconds of it all the same.
        @Test func aStormStopsNearItsBudgetWhileEveryRequestIsStillWaiting() async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 6), to: "suite.yaml")
            let out = folder.path + "/run"
            let arguments = { (baseURL: String) in
                CLIRunFixture.arguments(suite: suite, endpoint: baseURL, out: out, options: [
                    "--max-attempts": "4", "--concurrency": "2", "--rate-limit-budget": "2",
                ])
            }
            let storm = StubBehaviour.status(429, body: "slow down", headers: ["Retry-After": "99999"])
            let start = ContinuousClock.now
            let (stopped, asked) = try await StubOpenAIServer.withRunning(.always(storm)) { baseURL, server in
                (try await CLIProcess.run(arguments(baseURL)), await server.chatRequests.count)
            }
            let elapsed = ContinuousClock.now - start
            #expect(stopped.status == 75, "\(stopped.stderr)")
            #expect(stopped.stderr.contains("stopped: the endpoint answered only 429/503 for 2 s (last Retry-After: 99999 s)"),
                    "\(stopped.stderr)")
            // Ending at a request's end would take 3 × 120 s; slack for a loaded machine, none for that.
            #expect(elapsed < .seconds(90), "\(elapsed)")
            // Each request was asked once and was waiting for its second attempt when the run stopped.
            #expect(asked == 2)
            #expect(try RunManifest.read(from: RunDirectory(out))?.status == "rate_limited")
            #expect(try JournalReader.records(in: RunDirectory(out)).isEmpty)

            let resumed = try await StubOpenAIServer.withRunning(.always(.answer("A full answer."))) { baseURL, _ in
                try await CLIProcess.run(arguments(baseURL))
            }
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(try JournalReader.records(in: RunDirectory(out)).count == 6)
            #expect(try RunManifest.read(from: RunDirectory(out))?.status == "complete")
        }

        /// The progress line shows the wait while the requests wait, before any of them has ended.
        @Test func progressShowsTheWaitBeforeAnyRequestEnds() async throws {
            let folder = try TemporaryDirectory()
            let storm = StubBehaviour.status(429, body: "slow down", headers: ["Retry-After": "99999"])
            let states = try await StubClientHarness.run(.always(storm), configure: { $0.retry = RetryPolicy(maxAttempts: 4) }) { client, _ in
                let shown = ProgressLog()
                let configuration = RunConfiguration(directory: RunDirectory(folder.path + "/run"), model: "m",
                                                     endpoint: client.configuration.baseURL, rateLimitBudget: .seconds(3))
                let manifest = try await ProbeRun(configuration: configuration, suites: RecordFixtures.suites(2), transport: client,
                                                  classifier: RuleClassifier()).execute(progress: shown.append)
                #expect(manifest.status == "rate_limited")
                return shown.states
            }
            let waiting = states.filter { $0.rateLimitedFor != nil && $0.answeredThisSession == 0 }
            #expect(!waiting.isEmpty)
            #expect(waiting.last?.line.contains("Retry-After 99999 s") == true, "\(waiting.map(\.line))")
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

/// The progress states a run reported, in order.
final class ProgressLog: @unchecked Sendable {
    private var list: [RunProgress] = []
    private let lock = NSLock()

    var states: [RunProgress] { lock.withLock { list } }

    func append(_ progress: RunProgress) {
        lock.withLock { list.append(progress) }
    }
}

import Foundation
import Synchronization
import Testing
import ProbeClassifier
import ProbeEndpoint
import ProbeJournal
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

extension ReliabilityTests {
    /// On 429s a run lowers its in-flight limit, and raises it again as requests succeed.
    @Suite struct AdaptiveConcurrencyTests {
        @Test func aRateLimitHalvesTheLimitDownToOne() {
            var state = AdaptiveConcurrency(maximum: 16)
            #expect(state.limit == 16)
            var limits: [Int] = []
            for _ in 0..<6 {
                state.record(.rateLimited, startedIn: state.generation)
                limits.append(state.limit)
            }
            #expect(limits == [8, 4, 2, 1, 1, 1])
        }

        @Test func aBurstFromOneGenerationCountsOnce() {
            var state = AdaptiveConcurrency(maximum: 16)
            let started = state.generation
            for _ in 0..<10 { state.record(.rateLimited, startedIn: started) }
            #expect(state.limit == 8)
            state.record(.rateLimited, startedIn: state.generation)
            #expect(state.limit == 4)
        }

        @Test func answersRaiseTheLimitStepByStepUpToTheMaximum() {
            var state = AdaptiveConcurrency(maximum: 4, successesPerStep: 3)
            state.record(.rateLimited, startedIn: 0)
            state.record(.rateLimited, startedIn: 1)
            #expect(state.limit == 1)
            var limits: [Int] = []
            for _ in 0..<12 {
                state.record(.answered, startedIn: state.generation)
                limits.append(state.limit)
            }
            #expect(limits == [1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4])
        }

        @Test func otherFailuresNeitherRaiseNorLower() {
            var state = AdaptiveConcurrency(maximum: 8, successesPerStep: 2)
            state.record(.rateLimited, startedIn: 0)
            state.record(.answered, startedIn: 1)
            state.record(.failed, startedIn: 1)
            #expect(state.limit == 4)
            // A failure does not break the streak; a rate limit does.
            state.record(.answered, startedIn: 1)
            #expect(state.limit == 5)
            state.record(.answered, startedIn: 1)
            state.record(.rateLimited, startedIn: 0)
            state.record(.answered, startedIn: 1)
            #expect(state.limit == 5)
        }

        @Test func theSignalComesFromEveryAttemptNotJustTheLast() {
            let answer = ChatCompletion(content: "ok", finishReason: "stop")
            let failure = EndpointFailure(.httpStatus, "HTTP 429")
            typealias Signal = AdaptiveConcurrency.Signal
            #expect(Signal(ChatExchange(completion: answer, attempts: 3, rateLimitedAttempts: 2, latencyMS: 1)) == .rateLimited)
            #expect(Signal(ChatExchange(failure: failure, attempts: 2, rateLimitedAttempts: 2, latencyMS: 1)) == .rateLimited)
            #expect(Signal(ChatExchange(completion: answer, attempts: 2, latencyMS: 1)) == .answered)
            #expect(Signal(ChatExchange(failure: EndpointFailure(.timeout, "slow"), attempts: 2, latencyMS: 1)) == .failed)
        }

        @Test func theClientCountsRateLimitedAttempts() async throws {
            let script = StubScript.byPrompt([
                "limited": .failThenSucceed(times: 2, status: 429, headers: ["Retry-After": "0"], then: .answer("ok")),
                "overloaded": .failThenSucceed(times: 2, status: 503, then: .answer("ok")),
            ])
            let (limited, overloaded) = try await StubClientHarness.run(script) { client, _ in
                (await client.complete(StubClientHarness.request("limited")),
                 await client.complete(StubClientHarness.request("overloaded")))
            }
            #expect(limited.completion?.content == "ok")
            #expect(limited.attempts == 3)
            #expect(limited.rateLimitedAttempts == 2)
            #expect(overloaded.attempts == 3)
            #expect(overloaded.rateLimitedAttempts == 0)
        }

        /// Against a server with room for three, served in rounds (each admitted request is answered by the next
        /// round; one that finds the server full is answered 429 and tries again then), the limit falls from 16 and
        /// then moves around the server's room: it neither stays above it nor starves it.
        @Test func theLimitSettlesAroundAServersRoom() {
            let capacity = 3
            var concurrency = AdaptiveConcurrency(maximum: 16)
            // Requests out, oldest first: the generation each started in and the 429s it has met.
            var out: [(generation: Int, turnedAway: Int)] = []
            var limits: [Int] = []
            var answeredPerRound: [Int] = []
            for _ in 0..<300 {
                while out.count < concurrency.limit { out.append((concurrency.generation, 0)) }
                let admitted = out.prefix(capacity)
                for index in out.indices.dropFirst(capacity) { out[index].turnedAway += 1 }
                for request in admitted {
                    concurrency.record(request.turnedAway > 0 ? .rateLimited : .answered, startedIn: request.generation)
                }
                out.removeFirst(admitted.count)
                limits.append(concurrency.limit)
                answeredPerRound.append(admitted.count)
            }
            let late = limits.suffix(200)
            #expect(late.max() ?? 0 <= 2 * capacity, "limits: \(limits)")
            #expect(late.min() ?? 0 >= capacity / 2, "limits: \(limits)")
            // Halving on a 429 leaves the server part idle until the limit climbs back (the sawtooth of additive
            // increase, multiplicative decrease), but it keeps at least two thirds of its room busy.
            let answered = answeredPerRound.suffix(200).reduce(0, +)
            #expect(answered >= 200 * 2, "answered per round: \(answeredPerRound)")
        }

        /// A run's requests go through the adaptive limit: against an endpoint that rate-limits every request (each
        /// answered after one 429), the limit halves generation by generation to one, and from then on the run
        /// has one request out at a time. The endpoint answers at once and counts what the run has out from the
        /// run's own progress, so nothing here depends on timing: each generation's starts are bounded by its
        /// limit (16, 8, 4, 2), so fewer than 100 of the 200 come before the limit is one.
        @Test func aRunFollowsTheLimitDownToOneRequestAtATime() async throws {
            let folder = try TemporaryDirectory()
            let transport = OutstandingCountingTransport()
            let prompts = 200
            let configuration = RunConfiguration(directory: RunDirectory(folder.path), model: "m",
                                                 endpoint: "http://127.0.0.1:1/v1", concurrency: 16)
            let manifest = try await ProbeRun(configuration: configuration, suites: RecordFixtures.suites(prompts),
                                              transport: transport, classifier: RuleClassifier())
                .execute { transport.runHandled($0.answeredThisSession) }
            #expect(manifest.status == "complete")
            #expect(manifest.counts.outcomes == [.ok: prompts])
            let outstanding = transport.outstandingAtEachStart
            #expect(outstanding.count == prompts)
            // The progress report for the answer that made room may come just after the request it sent starts.
            #expect(outstanding.max() ?? 0 <= 16 + 1)
            #expect(outstanding.suffix(prompts / 2).allSatisfy { $0 <= 2 }, "out at each start: \(outstanding)")
        }
    }
}

/// An endpoint that answers every request at once, after one 429, and notes at each start how many requests the
/// run has out: those started, this one included, less the answers the run's progress has reported.
final class OutstandingCountingTransport: ChatTransport {
    private let state = Mutex((started: 0, handled: 0, outstandingAtEachStart: [Int]()))

    var outstandingAtEachStart: [Int] { state.withLock { $0.outstandingAtEachStart } }

    /// The run's progress: it has handled this many answers.
    func runHandled(_ answers: Int) {
        state.withLock { $0.handled = answers }
    }

    func complete(_ request: ChatRequest) async -> ChatExchange {
        state.withLock { state in
            state.started += 1
            state.outstandingAtEachStart.append(state.started - state.handled)
        }
        return ChatExchange(completion: ChatCompletion(content: "A full answer.", finishReason: "stop"),
                            httpStatus: 200, attempts: 2, rateLimitedAttempts: 1, latencyMS: 1)
    }
}

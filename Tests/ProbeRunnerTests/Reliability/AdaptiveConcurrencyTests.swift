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

        @Test func aRunAgainstAServerWithLittleRoomSettlesBelowIt() async throws {
            let folder = try TemporaryDirectory()
            let transport = CapacityLimitedTransport(capacity: 3)
            let prompts = 200
            let configuration = RunConfiguration(directory: RunDirectory(folder.path), model: "m",
                                                 endpoint: "http://127.0.0.1:1/v1", concurrency: 16)
            let manifest = try await ProbeRun(configuration: configuration, suites: RecordFixtures.suites(prompts),
                                              transport: transport, classifier: RuleClassifier()).execute()
            #expect(manifest.status == "complete")
            #expect(manifest.counts.outcomes == [.ok: prompts])
            let inFlight = transport.inFlightAtEachStart
            #expect(inFlight.count == prompts)
            #expect(inFlight.max() == 16)
            // Without adaptation every start would find 15 others waiting; with it the run keeps near capacity.
            // The median of the second half, not its peak: on a loaded machine one late burst of retries can
            // briefly lift a start above 8 while the run as a whole stays near 3.
            let late = inFlight.suffix(prompts / 2).sorted()
            #expect(late[late.count / 2] <= 6, "in flight at each start: \(inFlight)")
            #expect(late.last ?? 0 < 16, "in flight at each start: \(inFlight)")
        }
    }
}

/// An endpoint with room for `capacity` requests at once: above that an attempt is answered 429 and tried again
/// when a slot frees (the signal, not a timed back-off); within it the answer comes after a few milliseconds.
final class CapacityLimitedTransport: ChatTransport {
    private struct State {
        var requests = 0
        var admitted = 0
        var inFlightAtEachStart: [Int] = []
        /// Attempts answered 429, each resumed when a slot frees.
        var waiting: [CheckedContinuation<Bool, Never>] = []
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// How many requests the run had in flight (this one included) as each one started.
    var inFlightAtEachStart: [Int] { state.withLock { $0.inFlightAtEachStart } }

    func complete(_ request: ChatRequest) async -> ChatExchange {
        state.withLock { state in
            state.requests += 1
            state.inFlightAtEachStart.append(state.requests)
        }
        defer { state.withLock { $0.requests -= 1 } }
        var attempts = 1
        // Admitted at once, or answered 429 and woken (false) when a slot frees, to try again.
        while await withCheckedContinuation({ (attempt: CheckedContinuation<Bool, Never>) in
            state.withLock { state in
                if state.admitted < capacity {
                    state.admitted += 1
                    attempt.resume(returning: true)
                } else {
                    state.waiting.append(attempt)
                }
            }
        }) == false {
            attempts += 1
        }
        // The endpoint's service time, the load the run adapts to; no expectation waits on it.
        try? await Task.sleep(for: .milliseconds(3))
        let woken = state.withLock { state in
            state.admitted -= 1
            defer { state.waiting.removeAll() }
            return state.waiting
        }
        for attempt in woken { attempt.resume(returning: false) }
        return ChatExchange(completion: ChatCompletion(content: "A full answer.", finishReason: "stop"),
                            httpStatus: 200, attempts: attempts, rateLimitedAttempts: attempts - 1, latencyMS: 3)
    }
}

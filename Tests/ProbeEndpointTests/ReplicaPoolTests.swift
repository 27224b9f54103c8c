import AsyncHTTPClient
import Synchronization
import Testing
import ProbeClassifier
import ProbeCore
import ProbeEndpoint
import ProbeJournal
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

/// Replicas over real HTTP: two or three stub servers behind one `ReplicaPool`.
@Suite struct ReplicaPoolTests {
    /// A completion that takes a few round trips of `interval` to arrive.
    static func slow(_ interval: Duration) -> StubScript {
        .always(.slowDrip("A slow but complete answer.", chunkSize: 64, interval: interval))
    }

    /// Runs `body` with one stub server per script, all running at once.
    static func withStubs<Result>(
        _ scripts: ArraySlice<StubScript>, urls: [String] = [], servers: [StubOpenAIServer] = [],
        _ body: ([String], [StubOpenAIServer]) async throws -> Result
    ) async throws -> Result {
        guard let script = scripts.first else { return try await body(urls, servers) }
        return try await StubOpenAIServer.withRunning(script) { url, server in
            try await withStubs(scripts.dropFirst(), urls: urls + [url], servers: servers + [server], body)
        }
    }

    /// Runs `body` with a pool over `urls` on one shared client.
    static func withPool<Result>(
        _ urls: [String], policy: ReplicaPolicy = ReplicaPolicy(),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }, _ body: (ReplicaPool) async throws -> Result
    ) async throws -> Result {
        let endpoints = urls.map {
            EndpointConfiguration(baseURL: $0, timeout: StubClientHarness.timeout, retry: StubClientHarness.fastRetry)
        }
        return try await HTTPClient.withHTTPClient(configuration: .speechProbe(concurrency: 8)) { http in
            try await body(ReplicaPool(endpoints: endpoints, httpClient: http, policy: policy, now: now))
        }
    }

    /// Sends `count` requests, `concurrency` at a time, and returns the exchanges.
    static func send(_ count: Int, concurrency: Int, to pool: ReplicaPool) async -> [ChatExchange] {
        await withTaskGroup(of: ChatExchange.self) { group in
            var exchanges: [ChatExchange] = []
            for index in 0..<count {
                if index >= concurrency, let exchange = await group.next() { exchanges.append(exchange) }
                group.addTask { await pool.complete(StubClientHarness.request("prompt \(index)")) }
            }
            for await exchange in group { exchanges.append(exchange) }
            return exchanges
        }
    }

    @Test func aRunSpreadsOverReplicasAndTheJournalNamesWhichAnswered() async throws {
        let folder = try TemporaryDirectory()
        try await Self.withStubs([Self.slow(.milliseconds(10)), Self.slow(.milliseconds(10))]) { urls, servers in
            let configuration = RunConfiguration(
                directory: RunDirectory(folder.path), model: "stub-model", endpoint: urls[0], concurrency: 8,
                replicas: [urls[1]])
            let endpoint = EndpointConfiguration(baseURL: urls[0], timeout: StubClientHarness.timeout, retry: StubClientHarness.fastRetry)
            let manifest = try await EndpointRun(configuration: configuration, endpoint: endpoint,
                                                 suites: RecordFixtures.suites(40), classifier: RuleClassifier()).execute()
            let records = try JournalReader.records(in: RunDirectory(folder.path))
            #expect(records.count == 40)
            #expect(records.allSatisfy { $0.outcome == .ok })
            #expect(Set(records.map(\.endpoint)) == Set(urls))
            for server in servers {
                #expect(await server.chatRequests.count >= 10)
            }
            #expect(manifest.targets.first?.endpoint == urls[0])
            #expect(manifest.targets.first?.replicas == [urls[1]])
        }
    }

    @Test func aSlowReplicaGetsFewerRequests() async throws {
        try await Self.withStubs([.always(.answer("fast")), Self.slow(.milliseconds(250))]) { urls, servers in
            let exchanges = try await Self.withPool(urls) { pool in await Self.send(80, concurrency: 8, to: pool) }
            #expect(exchanges.allSatisfy { $0.completion != nil })
            let fast = await servers[0].chatRequests.count
            let slow = await servers[1].chatRequests.count
            #expect(slow >= 1)
            // Round-robin would split evenly. Least-outstanding keeps both equally busy, so the split follows the
            // latency ratio: the slow one (~1 s an answer) stays well over 2x slower than the fast one on a loaded machine.
            #expect(fast > 2 * slow, "fast \(fast), slow \(slow)")
        }
    }

    @Test func aReplicaRefusingConnectionsIsSkippedAndEveryPromptIsAnswered() async throws {
        let folder = try TemporaryDirectory()
        let closed = try StubClientHarness.closedPortURL()
        let warnings = Mutex<[String]>([])
        try await Self.withStubs([.always(.answer("Here is the answer."))]) { urls, servers in
            let live = urls[0]
            let configuration = RunConfiguration(
                directory: RunDirectory(folder.path), model: "stub-model", endpoint: closed, concurrency: 4,
                replicas: [live])
            let endpoint = EndpointConfiguration(baseURL: closed, timeout: StubClientHarness.timeout, retry: StubClientHarness.fastRetry)
            let manifest = try await EndpointRun(configuration: configuration, endpoint: endpoint,
                                                 suites: RecordFixtures.suites(20), classifier: RuleClassifier())
                .execute(warning: { warning in warnings.withLock { $0.append(warning) } })
            let records = try JournalReader.records(in: RunDirectory(folder.path))
            #expect(records.count == 20)
            #expect(records.allSatisfy { $0.outcome == .ok && $0.endpoint == live })
            let asked = await servers[0].chatRequests.count
            #expect(asked == 20, "the live replica was asked \(asked) times")
            #expect(manifest.status == "complete")
            #expect(manifest.targets.first?.replicas == [live])
        }
        let said = warnings.withLock { $0 }
        #expect(said.count == 1)
        #expect(said.first?.contains(closed) == true)
    }

    @Test func aPreflightWithNoReachableReplicaFails() async throws {
        let folder = try TemporaryDirectory()
        let closed = [try StubClientHarness.closedPortURL(), try StubClientHarness.closedPortURL()]
        let configuration = RunConfiguration(
            directory: RunDirectory(folder.path), model: "stub-model", endpoint: closed[0], replicas: [closed[1]])
        let run = EndpointRun(configuration: configuration, endpoint: EndpointConfiguration(baseURL: closed[0]),
                              suites: RecordFixtures.suites(1), classifier: RuleClassifier())
        let error = await #expect(throws: Preflight.Failure.self) { try await run.execute() }
        #expect(error?.description.hasPrefix("cannot reach any replica") == true)
    }

    @Test func aReplicaThatRecoversGetsTrafficAgain() async throws {
        let up = Mutex(false)
        let flaky = StubScript { _ in
            up.withLock { $0 } ? .answer("back") : .status(503, body: #"{"error":{"message":"loading"}}"#)
        }
        // The pool's cool-downs run on this clock, which moves only when the test moves it.
        let clock = Mutex(ContinuousClock.now)
        try await Self.withStubs([.always(.answer("steady")), flaky, .always(.answer("steady"))]) { urls, servers in
            let policy = ReplicaPolicy(failureThreshold: 1, cooldown: .seconds(10), maxCooldown: .seconds(60))
            try await Self.withPool(urls, policy: policy, now: { clock.withLock { $0 } }) { pool in
                // Its first failure benches the failing replica (the requests already on their way to it fail too,
                // at most the concurrency); with the clock still, no cool-down ends and it is not tried again.
                let whileDown = await Self.send(30, concurrency: 3, to: pool)
                #expect(whileDown.allSatisfy { $0.completion != nil && $0.endpoint != urls[1] })
                let triedWhileDown = await servers[1].chatRequests.count
                #expect((1...3).contains(triedWhileDown), "tried \(triedWhileDown) times while down")

                // Back up, and past the longest cool-down: the next attempt is its trial, and traffic returns.
                up.withLock { $0 = true }
                clock.withLock { $0 += .seconds(61) }
                let afterwards = await Self.send(30, concurrency: 3, to: pool)
                #expect(afterwards.allSatisfy { $0.completion != nil })
                let answeredByRecovered = afterwards.filter { $0.endpoint == urls[1] }.count
                #expect(answeredByRecovered >= 5, "the recovered replica answered \(answeredByRecovered) of 30")
            }
        }
    }

    @Test func rateLimitedAttemptsReachAdaptiveConcurrencyThroughThePool() async throws {
        let limited = StubScript.always(
            .failThenSucceed(times: 1, status: 429, headers: ["Retry-After": "0"], then: .answer("ok")))
        try await Self.withStubs([limited, limited]) { urls, _ in
            let exchanges = try await Self.withPool(urls) { pool in await Self.send(4, concurrency: 2, to: pool) }
            #expect(exchanges.allSatisfy { $0.completion != nil })
            // Every prompt met a 429 on its first replica, so each exchange must say so: the run lowers its
            // in-flight limit on this signal whether it talks to one endpoint or to a pool.
            #expect(exchanges.allSatisfy { $0.rateLimitedAttempts >= 1 })
            #expect(exchanges.allSatisfy { AdaptiveConcurrency.Signal($0) == .rateLimited })
        }
    }
}

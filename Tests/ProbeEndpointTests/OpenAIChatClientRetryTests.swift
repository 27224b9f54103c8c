import Testing
import ProbeSuites
import SpeechProbeTesting

extension EndpointTests {
    /// Which failures are retried, how often, and how long the client waits.
    @Suite struct OpenAIChatClientRetryTests {
        @Test func honoursRetryAfterSecondsThenSucceeds() async throws {
            let script = StubScript.always(
                .failThenSucceed(times: 1, status: 429, headers: ["Retry-After": "1"], then: .answer("finally")))
            let exchange = try await StubClientHarness.run(script) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            #expect(exchange.completion?.content == "finally")
            #expect(exchange.attempts == 2)
            #expect(exchange.httpStatus == 200)
            // Backoff alone would wait at most 10 ms; the header asks for one second. Only the lower bound is
            // the code's: an upper one measured the machine (the delay's cap is `RetryPolicyTests`').
            #expect(exchange.latencyMS >= 950)
        }

        @Test func honoursRetryAfterMilliseconds() async throws {
            let script = StubScript.always(
                .failThenSucceed(times: 2, status: 429, headers: ["retry-after-ms": "150"], then: .answer("ok")))
            let exchange = try await StubClientHarness.run(script) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            #expect(exchange.attempts == 3)
            #expect(exchange.latencyMS >= 290)
        }

        @Test func retries429WithoutRetryAfterOnBackoff() async throws {
            let script = StubScript.always(.failThenSucceed(times: 1, status: 429, then: .answer("ok")))
            let (exchange, count) = try await StubClientHarness.run(script) { client, server in
                (await client.complete(StubClientHarness.request()), await server.chatRequests.count)
            }
            #expect(exchange.completion?.content == "ok")
            #expect(exchange.attempts == 2)
            #expect(count == 2)
            // That the wait came from backoff (at most its ceiling) and not from a default Retry-After is
            // `RetryPolicyTests`'s to show, without a clock.
        }

        @Test(arguments: [500, 502, 503, 504, 429])
        func retriesTransientStatusesUpToMaxAttempts(status: Int) async throws {
            let (exchange, count) = try await StubClientHarness.run(
                .always(.status(status, body: #"{"error":{"message":"overloaded"}}"#))
            ) { client, server in
                (await client.complete(StubClientHarness.request()), await server.chatRequests.count)
            }
            #expect(exchange.failure?.kind == .httpStatus)
            #expect(exchange.failure?.message.contains("overloaded") == true)
            #expect(exchange.httpStatus == status)
            #expect(exchange.attempts == 3)
            #expect(count == 3)
        }

        @Test(arguments: [400, 401, 404, 422])
        func doesNotRetryOtherClientErrors(status: Int) async throws {
            let (exchange, count) = try await StubClientHarness.run(.always(.status(status, body: "no"))) { client, server in
                (await client.complete(StubClientHarness.request()), await server.chatRequests.count)
            }
            #expect(exchange.failure?.kind == .httpStatus)
            #expect(exchange.attempts == 1)
            #expect(count == 1)
        }

        @Test func policyRefusalIsNotRetried() async throws {
            let (exchange, count) = try await StubClientHarness.run(.always(.dataInspectionFailed)) { client, server in
                (await client.complete(StubClientHarness.request()), await server.chatRequests.count)
            }
            #expect(exchange.failure?.kind == .policy)
            #expect(exchange.failure?.message.contains("inappropriate content") == true)
            #expect(exchange.httpStatus == 400)
            #expect(exchange.attempts == 1)
            #expect(count == 1)
        }

        @Test func refusedConnectionIsRetriedThenReported() async throws {
            let baseURL = try StubClientHarness.closedPortURL()
            let exchange = try await StubClientHarness.withClient(baseURL: baseURL) { client in
                await client.complete(StubClientHarness.request())
            }
            #expect(exchange.failure?.kind == .connection)
            #expect(exchange.failure?.message.contains("refused") == true)
            #expect(exchange.httpStatus == nil)
            #expect(exchange.attempts == 3)
        }

        @Test func redirectIsNotFollowed() async throws {
            let (exchange, count) = try await StubClientHarness.run(
                .always(.status(301, headers: ["Location": "http://127.0.0.1:1/elsewhere"]))
            ) { client, server in
                (await client.complete(StubClientHarness.request()), await server.requests.count)
            }
            #expect(exchange.failure?.kind == .httpStatus)
            #expect(exchange.failure?.message.contains("/elsewhere") == true)
            #expect(exchange.httpStatus == 301)
            #expect(count == 1)
        }
    }
}

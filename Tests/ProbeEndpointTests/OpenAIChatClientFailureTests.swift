import Testing
import ProbeEndpoint
import ProbeSuites
import SpeechProbeTesting

extension EndpointTests {
    /// Bodies and servers that do not produce a completion, and the kind each failure gets.
    @Suite struct OpenAIChatClientFailureTests {
        /// One attempt, with a deadline the test ends itself once the server has shown where the client is.
        static func oneAttempt(_ configuration: inout EndpointConfiguration) {
            configuration.timeout = .milliseconds(300)
            configuration.retry = RetryPolicy(maxAttempts: 1)
        }

        @Test func serverThatNeverAnswersTimesOutAtTheDeadline() async throws {
            let timer = ManualDeadline()
            let exchange = try await StubClientHarness.run(.always(.neverAnswer), configure: Self.oneAttempt, deadline: timer.deadline) { client, server in
                async let exchange = client.complete(StubClientHarness.request())
                await server.waitUntil { $0.chatRequests == 1 }
                timer.expire()
                return await exchange
            }
            #expect(exchange.failure?.kind == .timeout)
            #expect(exchange.failure?.message == "no complete response within 0.3 seconds")
            #expect(exchange.httpStatus == nil)
            #expect(timer.asked == [.milliseconds(300)])
        }

        @Test func slowDripBodyTimesOutAtTheDeadline() async throws {
            // About 60 chunks 100 ms apart: six seconds if the client waited for all of them.
            let script = StubScript.always(.slowDrip("a long answer", chunkSize: 4, interval: .milliseconds(100)))
            let timer = ManualDeadline()
            let (exchange, streamed) = try await StubClientHarness.run(script, configure: Self.oneAttempt, deadline: timer.deadline) { client, server in
                async let exchange = client.complete(StubClientHarness.request())
                await server.waitUntil { $0.streamedBytes > 0 }
                timer.expire()
                let ended = await exchange
                // The server's stream ends once it notices the client hung up, long before the body is done.
                await server.waitUntil { $0.streamsEnded == 1 }
                return (ended, await server.streamedBytes)
            }
            #expect(exchange.failure?.kind == .timeout)
            // The server sent the head before its first chunk, but the client may not have read it yet.
            #expect(exchange.httpStatus == 200 || exchange.httpStatus == nil)
            #expect(exchange.completion == nil)
            let whole = try StubOpenAIServer.completion("a long answer", finishReason: "stop", reasoning: nil, model: "stub-model")
            #expect(streamed < whole.count)
        }

        @Test func anAnswerBeforeTheDeadlineDisarmsIt() async throws {
            let timer = ManualDeadline()
            let exchange = try await StubClientHarness.run(.always(.answer("in time")), deadline: timer.deadline) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            #expect(exchange.completion?.content == "in time")
            #expect(timer.asked == [StubClientHarness.timeout])
            // The answer disarmed it: expiring now cuts nothing off.
            #expect(timer.armed == 0)
        }

        @Test func slowDripWithinTheDeadlineSucceeds() async throws {
            let script = StubScript.always(.slowDrip("fine", chunkSize: 64, interval: .milliseconds(10)))
            let exchange = try await StubClientHarness.run(script) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            #expect(exchange.completion?.content == "fine")
        }

        @Test(arguments: [
            ("html", StubBehaviour.htmlPage), ("invalid JSON", .invalidJSON), ("empty choices", .emptyChoices),
            ("not an object", .raw(body: Array("[1,2]".utf8))), ("empty body", .raw(body: [])),
        ])
        func unreadableBodiesAreDecodeFailures(name: String, behaviour: StubBehaviour) async throws {
            let exchange = try await StubClientHarness.run(.always(behaviour)) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            #expect(exchange.failure?.kind == .decode, "\(name)")
            #expect(exchange.httpStatus == 200)
            #expect(exchange.attempts == 1)
            #expect((exchange.failure?.message.count ?? 0) < 300)
        }

        @Test func htmlFailureSaysSo() async throws {
            let exchange = try await StubClientHarness.run(.always(.htmlPage)) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            #expect(exchange.failure?.message.contains("HTML") == true)
        }

        @Test func hugeBodyIsCutAtTheCapWithoutReadingItAll() async throws {
            let total = 1 << 30
            let (exchange, streamed) = try await StubClientHarness.run(
                .always(.huge(bytes: total)), configure: { $0.maxResponseBytes = 256 << 10 }
            ) { client, server in
                let exchange = await client.complete(StubClientHarness.request())
                // The server's stream ends once it notices the client hung up.
                await server.waitUntil { $0.streamsEnded == 1 }
                return (exchange, await server.streamedBytes)
            }
            #expect(exchange.failure?.kind == .tooLarge)
            #expect(exchange.attempts == 1)
            // The client hung up rather than draining the gigabyte; the server's writes queued in NIO before it
            // saw the close are the only bytes past the cap, and the client discarded them. On a loaded machine
            // the server can queue a few hundred MB before it notices, hence half, not less.
            #expect(streamed < total / 2)
        }

        @Test func announcedLengthOverTheCapFailsBeforeReading() async throws {
            let body = StubBehaviour.raw(body: Array(repeating: UInt8(ascii: " "), count: 300_000))
            let exchange = try await StubClientHarness.run(.always(body), configure: { $0.maxResponseBytes = 256 << 10 }) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            #expect(exchange.failure?.kind == .tooLarge)
            #expect(exchange.httpStatus == 200)
        }

        @Test func invalidUTF8IsReportedAsSuch() async throws {
            let exchange = try await StubClientHarness.run(.always(.invalidUTF8)) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            #expect(exchange.failure?.kind == .invalidUTF8)
        }

        @Test func connectionDroppedMidBodyIsAConnectionFailure() async throws {
            let exchange = try await StubClientHarness.run(
                .always(.closeMidBody), configure: { $0.retry = RetryPolicy(maxAttempts: 1) }
            ) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            #expect(exchange.failure?.kind == .connection)
            #expect(exchange.httpStatus == 200)
        }

        @Test func cancellationStopsTheRequest() async throws {
            let exchange = try await StubClientHarness.run(.always(.neverAnswer)) { client, server in
                let task = Task { await client.complete(StubClientHarness.request()) }
                await server.waitUntil { $0.chatRequests == 1 }
                task.cancel()
                return await task.value
            }
            // The server never answers: only the cancellation can have ended the request.
            #expect(exchange.failure?.kind == .cancelled)
        }

        @Test func cancellationDuringBackoffStopsRetrying() async throws {
            // Retry-After makes the wait exact; jitter could otherwise pick a tiny one.
            let script = StubScript.always(.status(503, headers: ["Retry-After": "30"]))
            let (exchange, count) = try await StubClientHarness.run(script) { client, server in
                // The client's own report that the first attempt ended (its 503 read): it is now waiting 30 s.
                let (ended, attemptEnded) = AsyncStream.makeStream(of: Void.self)
                let observer = AttemptObserver { event in
                    if case .ended = event { attemptEnded.yield() }
                }
                let task = Task {
                    await AttemptObserver.$current.withValue(observer) { await client.complete(StubClientHarness.request()) }
                }
                for await _ in ended { break }
                task.cancel()
                return (await task.value, await server.chatRequests.count)
            }
            // Cancelled in the 30 s wait: no second request, and the failure says cancelled, not 503.
            #expect(exchange.failure?.kind == .cancelled)
            #expect(exchange.attempts == 1)
            #expect(count == 1)
        }
    }
}

import Synchronization
import Testing
import ProbeCore
import ProbeEndpoint

extension EndpointTests {
    /// The retry loop on a scripted route and an injected wait: which waits it asks for, exactly, with no clock
    /// and no sockets (the client tests cover the same loop over HTTP).
    @Suite struct RetryingTransportTests {
        /// Plays one attempt result after another; says whether the route failed over.
        final class ScriptedRoute: AttemptRoute {
            let results: Mutex<[RoutedAttempt]>

            init(_ results: [AttemptResult], failOver: Bool = false) {
                self.results = Mutex(results.map {
                    RoutedAttempt(result: $0, replica: 0, redactor: SecretRedactor([]), endpoint: nil, failOver: failOver)
                })
            }

            func attempt(_ request: ChatRequest, avoiding previous: Int?) async -> RoutedAttempt {
                results.withLock { $0.removeFirst() }
            }
        }

        /// Records each wait asked for and returns at once, or throws as a cancelled sleep does.
        final class Waits: Sendable {
            let asked = Mutex<[Duration]>([])
            let cancelled: Bool

            init(cancelled: Bool = false) {
                self.cancelled = cancelled
            }

            func wait(_ duration: Duration) async throws {
                asked.withLock { $0.append(duration) }
                if cancelled { throw CancellationError() }
            }
        }

        static let answer: AttemptResult = .success((ChatCompletion(content: "ok", finishReason: "stop"), 200))

        static func status(_ code: Int, retryAfter: Duration? = nil) -> AttemptResult {
            .failure(AttemptFailure(.httpStatus, "HTTP \(code)", status: code, isRetryable: true, retryAfter: retryAfter))
        }

        static func complete(_ route: ScriptedRoute, policy: RetryPolicy, waits: Waits) async -> ChatExchange {
            await RetryingTransport(retry: policy, route: route, wait: waits.wait)
                .complete(ChatRequest(model: "m", messages: [.user("q")], temperature: 0, maxTokens: 8))
        }

        @Test func aRetryAfterIsWaitedExactlyAndCapped() async {
            let waits = Waits()
            let route = ScriptedRoute([Self.status(429, retryAfter: .seconds(1)), Self.status(503, retryAfter: .seconds(3600)), Self.answer])
            let exchange = await Self.complete(route, policy: RetryPolicy(maxAttempts: 3, maxRetryAfter: .seconds(30)), waits: waits)
            #expect(exchange.completion?.content == "ok" && exchange.attempts == 3 && exchange.rateLimitedAttempts == 1)
            #expect(waits.asked.withLock { $0 } == [.seconds(1), .seconds(30)])
        }

        @Test func withoutRetryAfterTheWaitIsBackoffUnderItsCeiling() async {
            let waits = Waits()
            let policy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(100), maxDelay: .seconds(1))
            _ = await Self.complete(ScriptedRoute([Self.status(500), Self.status(500), Self.answer]), policy: policy, waits: waits)
            let asked = waits.asked.withLock { $0 }
            #expect(asked.count == 2)
            #expect(zip(asked, [1, 2]).allSatisfy { wait, attempt in wait >= .zero && wait <= policy.ceiling(after: attempt) })
        }

        @Test func aFailOverToAnotherReplicaDoesNotWait() async {
            let waits = Waits()
            _ = await Self.complete(ScriptedRoute([Self.status(503, retryAfter: .seconds(5)), Self.answer], failOver: true),
                                    policy: RetryPolicy(maxAttempts: 2), waits: waits)
            #expect(waits.asked.withLock { $0 }.isEmpty)
        }

        @Test func aWaitCutShortByCancellationEndsTheRequestAsCancelled() async {
            let waits = Waits(cancelled: true)
            let exchange = await Self.complete(ScriptedRoute([Self.status(503, retryAfter: .seconds(30)), Self.answer]),
                                               policy: RetryPolicy(maxAttempts: 3), waits: waits)
            #expect(exchange.failure?.kind == .cancelled && exchange.attempts == 1)
        }
    }
}

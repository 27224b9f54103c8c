/// The one retry loop. Sends attempts along a route until one succeeds, its failure is not worth retrying,
/// or the policy's attempts run out; waits in between with jittered exponential backoff or the server's
/// `Retry-After` (capped), unless the route failed over to another replica; counts 429s and keeps the last
/// `Retry-After` for the run's rate-limit budget; masks secrets in whatever comes back.
package struct RetryingTransport<Route: AttemptRoute>: ChatTransport {
    var retry: RetryPolicy
    var route: Route
    /// Waits between attempts; throws when cancelled. Tests pass one that records the wait and returns.
    var wait: @Sendable (Duration) async throws -> Void

    package init(
        retry: RetryPolicy, route: Route, wait: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.retry = retry
        self.route = route
        self.wait = wait
    }

    package func complete(_ request: ChatRequest) async -> ChatExchange {
        var random = SystemRandomNumberGenerator()
        let clock = ContinuousClock()
        let start = clock.now
        var attempt = 0
        var lastStatus: Int?
        var rateLimited = 0
        var retryAfter: Duration?
        var previous: Int?
        while true {
            attempt += 1
            let routed = await route.attempt(request, avoiding: previous)
            func exchange(_ result: Result<ChatCompletion, AttemptFailure>) -> ChatExchange {
                ChatExchange(
                    result: result.mapError(\.failure), httpStatus: lastStatus, attempts: attempt, rateLimitedAttempts: rateLimited, retryAfter: retryAfter,
                    latencyMS: (clock.now - start).wholeMilliseconds, endpoint: routed.endpoint
                ).redacted(by: routed.redactor)
            }
            switch routed.result {
            case .success(let success):
                lastStatus = success.status
                return exchange(.success(success.completion))
            case .failure(let failure):
                lastStatus = failure.status ?? lastStatus
                if failure.status == 429 { rateLimited += 1 }
                retryAfter = failure.retryAfter ?? retryAfter
                guard failure.isRetryable, retry.allowsRetry(after: attempt) else { return exchange(.failure(failure)) }
                if !routed.failOver {
                    do {
                        try await wait(retry.delay(after: attempt, retryAfter: failure.retryAfter, using: &random))
                    } catch {
                        return exchange(.failure(.cancelled))
                    }
                }
                previous = routed.replica
            }
        }
    }
}

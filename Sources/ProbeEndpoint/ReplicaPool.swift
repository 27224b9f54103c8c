import AsyncHTTPClient

/// Several replicas of one model (as vLLM and SGLang deployments run them) behind one transport.
///
/// Each attempt goes to the replica with the fewest requests outstanding; a replica that stops answering is
/// benched for a cool-down (see `ReplicaBalancer`) and gets one trial request when it ends, so a restarted
/// server gets traffic again. Retries follow the first replica's `RetryPolicy`; a retry after a replica was
/// benched goes to another one at once instead of backing off.
public actor ReplicaPool: ChatTransport {
    public nonisolated let replicas: [OpenAIChatClient]
    private var balancer: ReplicaBalancer

    /// - Precondition: `replicas` is not empty.
    public init(replicas: [OpenAIChatClient], policy: ReplicaPolicy = ReplicaPolicy()) {
        self.replicas = replicas
        balancer = ReplicaBalancer(count: replicas.count, policy: policy)
    }

    /// One client per endpoint, all on the run's shared `httpClient`.
    public init(endpoints: [EndpointConfiguration], httpClient: HTTPClient, policy: ReplicaPolicy = ReplicaPolicy()) {
        self.init(replicas: endpoints.map { OpenAIChatClient(configuration: $0, httpClient: httpClient) }, policy: policy)
    }

    public nonisolated func complete(_ request: ChatRequest) async -> ChatExchange {
        let retry = replicas[0].configuration.retry
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
            let index = await acquire(avoiding: previous)
            let client = replicas[index]
            let result = await client.attemptOnce(request)
            let failOver = await release(index, result)
            func exchange(_ failure: AttemptFailure? = nil) -> ChatExchange {
                ChatExchange(
                    completion: try? result.get().completion, failure: failure?.failure, httpStatus: lastStatus,
                    attempts: attempt, rateLimitedAttempts: rateLimited, retryAfter: retryAfter, latencyMS: (clock.now - start).wholeMilliseconds,
                    endpoint: client.configuration.baseURL
                ).redacted(by: client.configuration.redactor)
            }
            switch result {
            case .success(let success):
                lastStatus = success.status
                return exchange()
            case .failure(let failure):
                lastStatus = failure.status ?? lastStatus
                if failure.status == 429 { rateLimited += 1 }
                retryAfter = failure.retryAfter ?? retryAfter
                guard failure.isRetryable, retry.allowsRetry(after: attempt) else { return exchange(failure) }
                if !failOver {
                    do {
                        try await Task.sleep(for: retry.delay(after: attempt, retryAfter: failure.retryAfter, using: &random))
                    } catch {
                        return exchange(.cancelled)
                    }
                }
                previous = index
            }
        }
    }

    private func acquire(avoiding: Int?) -> Int {
        balancer.acquire(now: .now, avoiding: avoiding)
    }

    /// Records the attempt; true when it benched the replica and another can take the retry now.
    private func release(_ index: Int, _ result: Result<(completion: ChatCompletion, status: Int), AttemptFailure>) -> Bool {
        let now = ContinuousClock.now
        let verdict: ReplicaBalancer.Verdict
        switch result {
        case .success: verdict = .answered
        case .failure(let failure): verdict = ReplicaBalancer.Verdict(failure)
        }
        return balancer.release(index, verdict, now: now) && balancer.hasAlternative(to: index, now: now)
    }
}

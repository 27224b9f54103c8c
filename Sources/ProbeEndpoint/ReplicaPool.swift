import AsyncHTTPClient

/// Several replicas of one model (as vLLM and SGLang deployments run them) behind one transport.
///
/// Each attempt goes to the replica with the fewest requests outstanding; a replica that stops answering is
/// benched for a cool-down (see `ReplicaBalancer`) and gets one trial request when it ends, so a restarted
/// server gets traffic again. Retries follow the first replica's `RetryPolicy` through `RetryingTransport`; a
/// retry after a replica was benched goes to another one at once instead of backing off.
package actor ReplicaPool: ChatTransport, AttemptRoute {
    package nonisolated let replicas: [any ChatAttempting]
    private var balancer: ReplicaBalancer
    /// The time cool-downs are measured on: the clock, or a test's.
    private let now: @Sendable () -> ContinuousClock.Instant

    /// - Precondition: `replicas` is not empty.
    package init(
        replicas: [any ChatAttempting], policy: ReplicaPolicy = ReplicaPolicy(),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.replicas = replicas
        balancer = ReplicaBalancer(count: replicas.count, policy: policy)
        self.now = now
    }

    /// One client per endpoint, all on the run's shared `httpClient`.
    package init(
        endpoints: [EndpointConfiguration], httpClient: HTTPClient, policy: ReplicaPolicy = ReplicaPolicy(),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.init(replicas: endpoints.map { OpenAIChatClient(configuration: $0, httpClient: httpClient) }, policy: policy,
                  now: now)
    }

    package nonisolated func complete(_ request: ChatRequest) async -> ChatExchange {
        await RetryingTransport(retry: replicas[0].configuration.retry, route: self).complete(request)
    }

    package nonisolated func attempt(_ request: ChatRequest, avoiding previous: Int?) async -> RoutedAttempt {
        let index = await acquire(avoiding: previous)
        let client = replicas[index]
        let result = await client.attemptOnce(request)
        let failOver = await release(index, result)
        return RoutedAttempt(
            result: result, replica: index, redactor: client.configuration.redactor,
            endpoint: client.configuration.baseURL, failOver: failOver)
    }

    private func acquire(avoiding: Int?) -> Int {
        balancer.acquire(now: now(), avoiding: avoiding)
    }

    /// Records the attempt; true when it benched the replica and another can take the retry now.
    private func release(_ index: Int, _ result: AttemptResult) -> Bool {
        let now = now()
        let verdict: ReplicaBalancer.Verdict
        switch result {
        case .success: verdict = .answered
        case .failure(let failure): verdict = ReplicaBalancer.Verdict(failure)
        }
        return balancer.release(index, verdict, now: now) && balancer.hasAlternative(to: index, now: now)
    }
}

import AsyncHTTPClient

/// Talks to one OpenAI-compatible endpoint over a run's shared `HTTPClient`.
///
/// The caller owns the `HTTPClient` (build it with `HTTPClient.Configuration.speechProbe(concurrency:)`) and
/// shuts it down after the run; many clients, one per target, may share it.
public struct OpenAIChatClient: ChatTransport {
    public let configuration: EndpointConfiguration
    let httpClient: HTTPClient

    public init(configuration: EndpointConfiguration, httpClient: HTTPClient) {
        self.configuration = configuration
        self.httpClient = httpClient
    }

    public func complete(_ request: ChatRequest) async -> ChatExchange {
        var random = SystemRandomNumberGenerator()
        let clock = ContinuousClock()
        let start = clock.now
        var rateLimited = 0
        var retryAfter: Duration?
        func exchange(_ result: Result<ChatCompletion, AttemptFailure>, status: Int?, attempts: Int) -> ChatExchange {
            let latencyMS = (clock.now - start).wholeMilliseconds
            var failure: EndpointFailure?
            if case .failure(let attemptFailure) = result { failure = attemptFailure.failure }
            return ChatExchange(
                completion: try? result.get(), failure: failure, httpStatus: status, attempts: attempts,
                rateLimitedAttempts: rateLimited, retryAfter: retryAfter, latencyMS: latencyMS
            ).redacted(by: configuration.redactor)
        }

        let httpRequest: HTTPClientRequest
        do {
            httpRequest = try makeCompletionRequest(request)
        } catch {
            // Only a non-finite temperature gets here; no kind fits better than "not valid JSON".
            return exchange(.failure(AttemptFailure(.decode, "cannot encode the request: \(error)".excerpt())), status: nil, attempts: 0)
        }
        var attempt = 0
        var lastStatus: Int?
        while true {
            attempt += 1
            let result = await attemptCompletion(httpRequest)
            switch result {
            case .success(let success):
                return exchange(.success(success.completion), status: success.status, attempts: attempt)
            case .failure(let failure):
                lastStatus = failure.status ?? lastStatus
                if failure.status == 429 { rateLimited += 1 }
                retryAfter = failure.retryAfter ?? retryAfter
                guard failure.isRetryable, configuration.retry.allowsRetry(after: attempt) else {
                    return exchange(.failure(failure), status: lastStatus, attempts: attempt)
                }
                let delay = configuration.retry.delay(after: attempt, retryAfter: failure.retryAfter, using: &random)
                do {
                    try await Task.sleep(for: delay)
                } catch {
                    return exchange(.failure(.cancelled), status: lastStatus, attempts: attempt)
                }
            }
        }
    }
}

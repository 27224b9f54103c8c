import AsyncHTTPClient
import NIOCore

extension HTTPClient.Configuration {
    /// The configuration for a run's one shared client.
    ///
    /// - Parameters:
    ///   - concurrency: The run's concurrency; the connection pool allows that many connections per host
    ///     (async-http-client's default of 8 would otherwise queue the rest).
    ///   - connectTimeout: How long establishing a connection may take.
    ///   - readTimeout: Longest silence between bytes. Off by default: a non-streaming completion sends nothing
    ///     until the answer is done, and `EndpointConfiguration.timeout` already bounds every attempt.
    ///
    /// Redirects are refused: a POST redirected with 301/302 turns into a GET without its body, and following
    /// one would carry the prompt (and, to the same host, the key) somewhere the user did not name. A redirect
    /// fails with a message telling the user to use the final URL instead.
    ///
    /// Failed connections are not retried inside the pool, so `RetryPolicy` alone decides about retries and a
    /// refused connection surfaces as `connection` rather than as a timeout.
    ///
    /// Tracing is off: speechprobe bootstraps no tracer, and the default no-op one still had every request's
    /// span attributes worked out (about 2% of a fast run's CPU).
    package static func speechProbe(
        concurrency: Int, connectTimeout: Duration = .seconds(10), readTimeout: Duration? = nil
    ) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: Timeout(connect: TimeAmount(connectTimeout), read: readTimeout.map(TimeAmount.init)))
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(1, concurrency)
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.tracing.tracer = nil
        return configuration
    }
}

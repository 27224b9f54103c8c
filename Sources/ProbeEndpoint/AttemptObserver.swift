/// Hears each attempt of a request begin and end while the request may still be retrying, so a run learns of
/// a rate-limit storm as it happens, not minutes later when a request has waited out every `Retry-After`.
///
/// Set as a task-local: the clients report to whoever set one around them (a run), and to no one otherwise.
/// A class rather than a bare closure: a function-typed task-local crashes optimized builds (Swift 6.3,
/// `swift_task_localValuePush`), an object does not.
package final class AttemptObserver: Sendable {
    package enum Event: Sendable {
        case began(at: ContinuousClock.Instant)
        /// `rateLimited` (429 or 503) is nil when cancellation cut the attempt off: that says nothing about
        /// the endpoint.
        case ended(began: ContinuousClock.Instant, rateLimited: Bool?, retryAfter: Duration?)
    }

    @TaskLocal package static var current: AttemptObserver?

    private let hear: @Sendable (Event) -> Void

    package init(_ hear: @escaping @Sendable (Event) -> Void) {
        self.hear = hear
    }

    /// Runs one attempt, reporting its start and its end.
    static func observing<Success>(
        _ attempt: () async -> Result<Success, AttemptFailure>
    ) async -> Result<Success, AttemptFailure> {
        guard let observer = current else { return await attempt() }
        let start = ContinuousClock.now
        observer.hear(.began(at: start))
        let result = await attempt()
        switch result {
        case .success:
            observer.hear(.ended(began: start, rateLimited: false, retryAfter: nil))
        case .failure(let failure):
            let rateLimited = failure.failure.kind == .cancelled ? nil : failure.status == 429 || failure.status == 503
            observer.hear(.ended(began: start, rateLimited: rateLimited, retryAfter: failure.retryAfter))
        }
        return result
    }
}

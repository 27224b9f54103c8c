/// Hears how each attempt of a request ended while the request may still be retrying, so a run learns of a
/// rate-limit storm as it happens, not minutes later when a request has waited out every `Retry-After`.
///
/// A task-local: the clients report to whoever set it around them (a run), and to no one otherwise.
enum AttemptObserver {
    @TaskLocal static var current: (@Sendable (_ rateLimited: Bool, _ retryAfter: Duration?) -> Void)?

    /// Reports `result`; an attempt cut off by cancellation says nothing about the endpoint.
    static func report<Success>(_ result: Result<Success, AttemptFailure>) {
        guard let current else { return }
        switch result {
        case .success: current(false, nil)
        case .failure(let failure) where failure.failure.kind == .cancelled: break
        case .failure(let failure): current(failure.status == 429 || failure.status == 503, failure.retryAfter)
        }
    }
}

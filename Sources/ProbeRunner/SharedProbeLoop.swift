import Foundation
import ProbeEndpoint

/// A run's `ProbeLoop`, shared between the run's task, which hands it what its task group returns and carries out
/// the actions, and the requests, which report every attempt as it begins and ends. Reads the clock, the
/// task's cancellation and the adaptive concurrency's limit, so the machine itself need not.
final class SharedProbeLoop<Work: IteratorProtocol>: @unchecked Sendable {
    private var loop: ProbeLoop<Work>
    private let governor: ConcurrencyGovernor
    private let lock = NSLock()

    init(_ loop: ProbeLoop<Work>, governor: ConcurrencyGovernor) {
        self.loop = loop
        self.governor = governor
    }

    /// Called from the run's task only: a cancelled task is an interrupted run.
    func handle(_ event: ProbeLoop<Work>.Event) -> [ProbeLoop<Work>.Action] {
        let cancelled = Task.isCancelled
        let limit = governor.limit
        return lock.withLock {
            let now = ContinuousClock.now
            if cancelled, !loop.interrupted { _ = loop.handle(.interrupt, now: now, limit: limit) }
            return loop.handle(event, now: now, limit: limit)
        }
    }

    /// Called from the requests' tasks.
    func hear(_ attempt: AttemptObserver.Event) {
        lock.withLock { _ = loop.handle(.attempt(attempt), now: .now, limit: 0) }
    }

    var stopped: Bool { lock.withLock { loop.stopped } }

    var lastRetryAfter: Duration? { lock.withLock { loop.watch.lastRetryAfter } }
}

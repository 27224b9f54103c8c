import ProbeEndpoint
import Synchronization

/// A run's `ProbeLoop`, shared between the run's task, which hands it what its task group returns and carries out
/// the actions, and the requests, which report every attempt as it begins and ends. Reads the clock, the
/// task's cancellation and the adaptive concurrency's limit, so the machine itself need not.
final class SharedProbeLoop<Work: IteratorProtocol>: Sendable {
    private let loop: Mutex<ProbeLoop<Work>>
    private let governor: ConcurrencyGovernor

    init(_ loop: sending ProbeLoop<Work>, governor: ConcurrencyGovernor) {
        self.loop = Mutex(loop)
        self.governor = governor
    }

    /// Called from the run's task only: a cancelled task is an interrupted run.
    func handle(_ event: ProbeLoop<Work>.Event) -> [ProbeLoop<Work>.Action] {
        let cancelled = Task.isCancelled
        let limit = governor.limit
        return loop.withLock { loop in
            let now = ContinuousClock.now
            if cancelled, !loop.interrupted { _ = loop.handle(.interrupt, now: now, limit: limit) }
            return loop.handle(event, now: now, limit: limit)
        }
    }

    /// Called from the requests' tasks.
    func hear(_ attempt: AttemptObserver.Event) {
        loop.withLock { _ = $0.handle(.attempt(attempt), now: .now, limit: 0) }
    }

    var stopped: Bool { loop.withLock { $0.stopped } }

    var lastRetryAfter: Duration? { loop.withLock { $0.watch.lastRetryAfter } }
}

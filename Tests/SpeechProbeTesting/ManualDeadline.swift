import ProbeEndpoint
import Synchronization

/// An attempt deadline the test ends itself: pass `deadline` to a client; its attempts' deadlines fire when the
/// test calls `expire()`, and once expired every later attempt's fires as it is armed, so expiring cannot come
/// too early.
package final class ManualDeadline: Sendable {
    private struct State {
        var expired = false
        var asked: [Duration] = []
        var nextID = 0
        var armed: [Int: @Sendable () -> Void] = [:]
    }

    private let state = Mutex(State())

    package init() {}

    /// The timeouts attempts were given, in order.
    package var asked: [Duration] { state.withLock { $0.asked } }

    /// Attempts whose deadline is armed and has not fired.
    package var armed: Int { state.withLock { $0.armed.count } }

    package var deadline: AttemptDeadline {
        AttemptDeadline { timeout, _, expire in
            let id = self.state.withLock { state -> Int? in
                state.asked.append(timeout)
                guard !state.expired else { return nil }
                state.nextID += 1
                state.armed[state.nextID] = expire
                return state.nextID
            }
            guard let id else {
                expire()
                return {}
            }
            return { _ = self.state.withLock { $0.armed.removeValue(forKey: id) } }
        }
    }

    /// Fires every deadline armed now or later.
    package func expire() {
        let armed = state.withLock { state in
            state.expired = true
            defer { state.armed = [:] }
            return state.armed.values
        }
        for expire in armed { expire() }
    }
}

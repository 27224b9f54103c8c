import ProbeEndpoint
import Synchronization

/// Shares a run's `AdaptiveConcurrency` between the loop that starts requests and the requests themselves.
///
/// The loop reads `limit` before starting more; `governing(_:)` wraps the transport so every finished
/// exchange is reported with the generation it started in.
final class ConcurrencyGovernor: Sendable {
    private struct State {
        var concurrency: AdaptiveConcurrency
        var retryAfter: Duration?
    }

    private let state: Mutex<State>

    init(_ concurrency: AdaptiveConcurrency) {
        state = Mutex(State(concurrency: concurrency))
    }

    /// The number of requests that may be in flight now.
    var limit: Int { state.withLock { $0.concurrency.limit } }

    /// The last `Retry-After` any request met, for the run's messages.
    var lastRetryAfter: Duration? { state.withLock { $0.retryAfter } }

    /// `transport`, reporting each exchange here.
    func governing(_ transport: any ChatTransport) -> any ChatTransport {
        GovernedTransport(base: transport, governor: self)
    }

    fileprivate var generation: Int { state.withLock { $0.concurrency.generation } }

    fileprivate func record(_ exchange: ChatExchange, startedIn generation: Int) {
        state.withLock { state in
            state.concurrency.record(AdaptiveConcurrency.Signal(exchange), startedIn: generation)
            state.retryAfter = exchange.retryAfter ?? state.retryAfter
        }
    }
}

private struct GovernedTransport: ChatTransport {
    let base: any ChatTransport
    let governor: ConcurrencyGovernor

    func complete(_ request: ChatRequest) async -> ChatExchange {
        let generation = governor.generation
        let exchange = await base.complete(request)
        governor.record(exchange, startedIn: generation)
        return exchange
    }
}

import Foundation
import ProbeEndpoint

/// Shares a run's `AdaptiveConcurrency` between the loop that starts requests and the requests themselves.
///
/// The loop reads `limit` before starting more; `governing(_:)` wraps the transport so every finished
/// exchange is reported with the generation it started in.
final class ConcurrencyGovernor: @unchecked Sendable {
    private var state: AdaptiveConcurrency
    private var retryAfter: Duration?
    private let lock = NSLock()

    init(_ state: AdaptiveConcurrency) {
        self.state = state
    }

    /// The number of requests that may be in flight now.
    var limit: Int { lock.withLock { state.limit } }

    /// The last `Retry-After` any request met, for the run's messages.
    var lastRetryAfter: Duration? { lock.withLock { retryAfter } }

    /// `transport`, reporting each exchange here.
    func governing(_ transport: any ChatTransport) -> any ChatTransport {
        GovernedTransport(base: transport, governor: self)
    }

    fileprivate var generation: Int { lock.withLock { state.generation } }

    fileprivate func record(_ exchange: ChatExchange, startedIn generation: Int) {
        lock.withLock {
            state.record(AdaptiveConcurrency.Signal(exchange), startedIn: generation)
            retryAfter = exchange.retryAfter ?? retryAfter
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

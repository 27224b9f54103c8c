import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import Synchronization

/// Reads one response, head and body, into a `RawResponse`, refusing a body larger than `maxBytes`.
///
/// It remembers the status as soon as the head arrives, so a body that is too large or too slow still ends
/// as a failure that says which status the server sent.
final class ResponseCollector: HTTPClientResponseDelegate {
    typealias Response = RawResponse

    private struct State {
        var head: HTTPResponseHead?
        var body: ByteBuffer?
    }

    let maxBytes: Int
    // async-http-client calls a delegate on the request's event loop only; the lock is uncontended and makes
    // the status readable from the awaiting task after a failure.
    private let state = Mutex(State())

    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// The status of the response head, once one arrived.
    var status: Int? {
        state.withLock { $0.head.map { Int($0.status.code) } }
    }

    func didReceiveHead(task: HTTPClient.Task<RawResponse>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        state.withLock { $0.head = head }
        if let length = head.headers.first(name: "Content-Length").flatMap(Int.init), length > maxBytes {
            return task.eventLoop.makeFailedFuture(tooLarge)
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<RawResponse>, _ part: ByteBuffer) -> EventLoopFuture<Void> {
        let fits = state.withLock { state -> Bool in
            guard state.body != nil else {
                // Most completions arrive in one part: keep it rather than copy it.
                state.body = part
                return part.readableBytes <= maxBytes
            }
            guard state.body!.readableBytes + part.readableBytes <= maxBytes else { return false }
            state.body!.writeImmutableBuffer(part)
            return true
        }
        return fits ? task.eventLoop.makeSucceededVoidFuture() : task.eventLoop.makeFailedFuture(tooLarge)
    }

    func didFinishRequest(task: HTTPClient.Task<RawResponse>) throws -> RawResponse {
        try state.withLock { state in
            guard let head = state.head else { throw AttemptFailure(.decode, "the response ended without a head") }
            return RawResponse(status: head.status, headers: head.headers, body: state.body ?? ByteBuffer())
        }
    }

    private var tooLarge: AttemptFailure {
        AttemptFailure(.tooLarge, "response body larger than \(maxBytes) bytes")
    }
}

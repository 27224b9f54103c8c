import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// An in-process OpenAI-compatible server on 127.0.0.1 and a free port, scripted per prompt and per model.
///
/// Serves `POST /v1/chat/completions` and `GET /v1/models`, and records every request it received:
/// ```
/// try await StubOpenAIServer.withRunning(.byPrompt(["hi": .answer("hello")])) { baseURL, server in
///     … // talk to baseURL ("http://127.0.0.1:PORT/v1")
///     #expect(await server.requests.count == 1)
/// }
/// ```
package actor StubOpenAIServer {
    package let script: StubScript
    /// What `GET /v1/models` lists.
    package let models: [String]
    package private(set) var requests: [StubRequest] = []
    /// Body bytes written by `slowDrip` and `huge` so far, to check that a client stopped reading.
    package private(set) var streamedBytes = 0
    /// Failures served so far per model and prompt, for `failThenSucceed`.
    private var failuresServed: [String: Int] = [:]

    package init(script: StubScript, models: [String]) {
        self.script = script
        self.models = models
    }

    /// Starts a server, runs `body` with its base URL, and stops the server when `body` returns or throws.
    package static func withRunning<Result>(
        _ script: StubScript, models: [String] = ["stub-model"],
        _ body: (_ baseURL: String, _ server: StubOpenAIServer) async throws -> Result
    ) async throws -> Result {
        let server = StubOpenAIServer(script: script, models: models)
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: server.router(),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: Logger(label: "stub-openai", factory: { _ in SwiftLogNoOpLogHandler() }))
        // Stopped gracefully: the server closes its socket and takes what it already accepted before it is
        // cancelled (after a second, for handlers that never answer). Cancelling it outright dropped connections
        // accepted in that instant, which NIO stops the whole test process for.
        var configuration = ServiceGroupConfiguration(services: [app], logger: app.logger)
        configuration.maximumGracefulShutdownDuration = .seconds(1)
        let services = ServiceGroup(configuration: configuration)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                // Ends the port stream too if the server cannot start, so the wait below does not hang.
                defer { portContinuation.finish() }
                try await services.run()
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port != 0 else {
                try await group.next()
                throw StubServerError.didNotStart
            }
            let result: Swift.Result<Result, any Error>
            do {
                result = .success(try await body("http://127.0.0.1:\(port)/v1", server))
            } catch {
                result = .failure(error)
            }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
            return try result.get()
        }
    }

    /// Requests to `/v1/chat/completions` only.
    package var chatRequests: [StubRequest] { requests.filter { $0.body != nil } }

    /// Streamed bodies that ended, written whole or cut off because the client hung up.
    package private(set) var streamsEnded = 0

    /// Tests wait on what the server saw rather than on a clock: each waiter resumes once its condition holds.
    private var waiters: [(condition: @Sendable (StubOpenAIServer.Seen) -> Bool, continuation: CheckedContinuation<Void, Never>)] = []

    /// What the server has seen so far, for `waitUntil`.
    package struct Seen: Sendable {
        package var chatRequests: Int
        package var streamsEnded: Int
        package var streamedBytes: Int
    }

    private var seen: Seen {
        Seen(chatRequests: requests.count { $0.body != nil }, streamsEnded: streamsEnded, streamedBytes: streamedBytes)
    }

    /// Returns once `condition` holds for what the server has seen (at once if it already does).
    package func waitUntil(_ condition: @escaping @Sendable (Seen) -> Bool) async {
        if condition(seen) { return }
        await withCheckedContinuation { waiters.append((condition, $0)) }
    }

    private func wakeWaiters() {
        let now = seen
        var waiting: [(condition: @Sendable (Seen) -> Bool, continuation: CheckedContinuation<Void, Never>)] = []
        for waiter in waiters {
            if waiter.condition(now) { waiter.continuation.resume() } else { waiting.append(waiter) }
        }
        waiters = waiting
    }

    package func record(_ request: StubRequest) {
        requests.append(request)
        wakeWaiters()
    }

    package func streamEnded() {
        streamsEnded += 1
        wakeWaiters()
    }

    /// Records a chat `request` and decides what to answer.
    package func accept(_ request: StubRequest) -> StubBehaviour {
        record(request)
        guard request.body != nil else { return .status(400, body: #"{"error":{"message":"not a chat request"}}"#) }
        let behaviour = script.behaviour(request)
        guard case .failThenSucceed(let times, let status, let headers, let then) = behaviour else { return behaviour }
        let key = "\(request.model ?? "")\u{0}\(request.prompt ?? "")"
        let served = failuresServed[key, default: 0]
        guard served < times else { return then }
        failuresServed[key] = served + 1
        return .status(status, body: #"{"error":{"message":"stub failure \#(served + 1) of \#(times)"}}"#, headers: headers)
    }

    package func addStreamed(_ count: Int) {
        streamedBytes += count
        wakeWaiters()
    }
}

package enum StubServerError: Error {
    case didNotStart
    case connectionDropped
}

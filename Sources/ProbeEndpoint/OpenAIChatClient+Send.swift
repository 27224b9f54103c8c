import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import ProbeCore

/// A response whose body was read in full, within the size cap and the deadline.
package struct RawResponse: Sendable {
    package var status: HTTPResponseStatus
    package var headers: HTTPHeaders
    package var body: ByteBuffer

    package init(status: HTTPResponseStatus, headers: HTTPHeaders, body: ByteBuffer) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

extension OpenAIChatClient {
    /// A request to `url` with the JSON, identity and authorization headers every call carries, or why it
    /// cannot be sent.
    static func makeRequest(
        url: String, method: HTTPMethod, carriesJSON: Bool = false, configuration: EndpointConfiguration
    ) -> Result<HTTPClient.Request, AttemptFailure> {
        var headers = HTTPHeaders()
        headers.add(name: "Accept", value: "application/json")
        headers.add(name: "User-Agent", value: "speechprobe/\(SpeechProbeVersion.current)")
        if carriesJSON {
            headers.add(name: "Content-Type", value: "application/json")
        }
        if let key = configuration.apiKey {
            headers.add(name: "Authorization", value: "Bearer \(key)")
        }
        for (name, value) in configuration.extraHeaders.sorted(by: { $0.key < $1.key }) {
            headers.replaceOrAdd(name: name, value: value)
        }
        // async-http-client would refuse such a header with an error that quotes its value: the key.
        if let field = headers.first(where: { Self.holdsControlCharacter($0.value) }) {
            return .failure(AttemptFailure(.connection, "the \(field.name) header holds a control character, which HTTP does not allow"))
        }
        do {
            return .success(try HTTPClient.Request(url: url, method: method, headers: headers))
        } catch {
            return .failure(.transport(error))
        }
    }

    /// Sends one attempt and reads the whole body, all within `configuration.timeout`.
    ///
    /// The future-based `execute(request:delegate:)` with the deadline cancelling the task covers the body too, so
    /// a server that drips bytes cannot hold a connection slot forever (the async `execute(_:deadline:)` stops
    /// watching at the response head and would need a second timer per request).
    func send(_ prepared: Result<HTTPClient.Request, AttemptFailure>) async -> Result<RawResponse, AttemptFailure> {
        let request: HTTPClient.Request
        switch prepared {
        case .success(let ready): request = ready
        case .failure(let failure): return .failure(failure)
        }
        let timeout = configuration.timeout
        let collector = ResponseCollector(maxBytes: configuration.maxResponseBytes)
        let task = httpClient.execute(request: request, delegate: collector)
        let disarm = deadline.arm(timeout, on: task.eventLoop) { task.cancel() }
        defer { disarm() }
        do {
            let response = try await withTaskCancellationHandler {
                try await task.futureResult.get()
            } onCancel: {
                task.cancel()
            }
            return .success(response)
        } catch {
            // Only this run's cancellation and the deadline cancel the request.
            var failure: AttemptFailure =
                if Task.isCancelled { .cancelled }
                else if case HTTPClientError.cancelled? = error as? HTTPClientError { .deadline(timeout) }
                else { .transport(error) }
            failure.status = failure.status ?? collector.status
            return .failure(failure)
        }
    }

    /// Whether `value` holds a C0 or C1 control character. Printable ASCII, what nearly every header holds,
    /// is told by its bytes, without a Unicode property lookup per character on every request.
    static func holdsControlCharacter(_ value: String) -> Bool {
        guard !value.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) else { return false }
        return value.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}

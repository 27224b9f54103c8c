import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import ProbeCore

/// A response whose body was read in full, within the size cap and the deadline.
struct RawResponse: Sendable {
    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var body: ByteBuffer
}

extension OpenAIChatClient {
    /// A request to `url` with the JSON, identity and authorization headers every call carries.
    func makeRequest(url: String, method: HTTPMethod, body: ByteBuffer? = nil) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "speechprobe/\(SpeechProbeVersion.current)")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(body)
        }
        if let key = configuration.apiKey {
            request.headers.add(name: "Authorization", value: "Bearer \(key)")
        }
        for (name, value) in configuration.extraHeaders.sorted(by: { $0.key < $1.key }) {
            request.headers.replaceOrAdd(name: name, value: value)
        }
        return request
    }

    /// Sends one attempt and reads the whole body, all within `configuration.timeout`.
    func send(_ request: HTTPClientRequest) async -> Result<RawResponse, AttemptFailure> {
        let timeout = configuration.timeout
        let maxBytes = configuration.maxResponseBytes
        let end = ContinuousClock.now + timeout
        var status: Int?
        // async-http-client would refuse such a header with an error that quotes its value: the key.
        if let field = request.headers.first(where: { Self.holdsControlCharacter($0.value) }) {
            return .failure(AttemptFailure(.connection, "the \(field.name) header holds a control character, which HTTP does not allow"))
        }
        do {
            // async-http-client's deadline covers connecting and the response head only …
            let response = try await httpClient.execute(request, deadline: .now() + TimeAmount(timeout))
            status = Int(response.status.code)
            // … so the body gets whatever time is left, under a deadline of its own.
            let body = try await withDeadline(end - .now, orThrow: AttemptFailure.deadline(timeout)) {
                try await response.body.collect(upTo: maxBytes)
            }
            return .success(RawResponse(status: response.status, headers: response.headers, body: body))
        } catch {
            var failure: AttemptFailure
            if Task.isCancelled {
                failure = .cancelled
            } else if error is NIOTooManyBytesError {
                failure = AttemptFailure(.tooLarge, "response body larger than \(maxBytes) bytes")
            } else {
                failure = .transport(error, timeout: timeout)
            }
            failure.status = failure.status ?? status
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

import AsyncHTTPClient
import Foundation
import NIOCore

extension OpenAIChatClient {
    /// The POST to `/chat/completions` for `request`: the client's prepared request with this body.
    func makeCompletionRequest(_ request: ChatRequest) throws -> Result<HTTPClient.Request, AttemptFailure> {
        let body = ByteBuffer(bytes: try ChatCompletionRequestBody(request).json())
        return completionRequest.map { prepared in
            var request = prepared
            request.body = .byteBuffer(body)
            return request
        }
    }

    /// One attempt: send, then judge status and body; the run hears how it ended (`AttemptObserver`).
    func attemptCompletion(
        _ request: Result<HTTPClient.Request, AttemptFailure>
    ) async -> AttemptResult {
        await AttemptObserver.observing {
            await send(request).flatMap { response in
                Self.completion(from: response).map { ($0, Int(response.status.code)) }
            }
        }
    }

    /// The completion in a fully read response, or why there is none.
    package static func completion(from response: RawResponse) -> Result<ChatCompletion, AttemptFailure> {
        let status = Int(response.status.code)
        let bytes = response.body.readableBytesView
        guard (200..<300).contains(status) else {
            return .failure(failure(status: response, text: String(decoding: bytes, as: UTF8.self)))
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(AttemptFailure(.invalidUTF8, "response body is not valid UTF-8", status: status))
        }
        guard let decoded = response.body.withUnsafeReadableBytes(ChatCompletionResponseScanner.scan) else {
            let kind = looksLikeHTML(bytes) ? "an HTML page" : "not JSON"
            return .failure(AttemptFailure(.decode, "response body is \(kind): \(excerpt(bytes))", status: status))
        }
        guard let completion = decoded.completion else {
            let reason = decoded.errorMessage.map { "error \($0.excerpt())" } ?? excerpt(bytes)
            return .failure(AttemptFailure(.decode, "response has no choices: \(reason)", status: status))
        }
        return .success(completion)
    }

    /// The failure for a non-success status.
    static func failure(status response: RawResponse, text: String) -> AttemptFailure {
        let status = Int(response.status.code)
        if (300..<400).contains(status) {
            return .redirect(status, location: response.headers.first(name: "Location"))
        }
        let retryAfter = RetryAfter.delay(
            retryAfter: response.headers.first(name: "Retry-After"),
            retryAfterMS: response.headers.first(name: "retry-after-ms"))
        return .httpStatus(status, reason: response.status.reasonPhrase, body: text, retryAfter: retryAfter)
    }

    private static func looksLikeHTML(_ bytes: ByteBufferView) -> Bool {
        String(decoding: bytes.prefix(512), as: UTF8.self).trimmingWhitespace().hasPrefix("<")
    }

    private static func excerpt(_ bytes: ByteBufferView) -> String {
        bytes.isEmpty ? "(empty)" : String(decoding: bytes.prefix(1024), as: UTF8.self).excerpt()
    }
}

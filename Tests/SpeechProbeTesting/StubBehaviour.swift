/// What `StubOpenAIServer` does with one chat completion request.
package indirect enum StubBehaviour: Sendable {
    /// A well-formed completion. `content: nil` sends JSON null; `reasoning` goes in `reasoning_content`.
    case answer(String?, finishReason: String = "stop", reasoning: String? = nil)
    /// An error status with a body (an OpenAI-style error JSON or anything else) and extra headers.
    case status(Int, body: String = "", headers: [String: String] = [:])
    /// Exactly these bytes with this status and content type.
    case raw(status: Int = 200, contentType: String = "application/json", body: [UInt8])
    /// `status` (with `headers`, e.g. Retry-After) for the first `times` requests with the same model and
    /// prompt, then `then`.
    case failThenSucceed(times: Int, status: Int = 500, headers: [String: String] = [:], then: StubBehaviour)
    /// A valid completion for `text` sent `chunkSize` bytes at a time, `interval` apart.
    case slowDrip(String, chunkSize: Int = 8, interval: Duration = .milliseconds(50))
    /// Accepts the request and never sends a response head.
    case neverAnswer
    /// `then`, after waiting `wait`.
    case delayed(Duration, then: StubBehaviour)
    /// A 200 chunked body of `bytes` filler bytes (no Content-Length, so only a streaming cap stops it).
    case huge(bytes: Int)
    /// Announces a body, sends part of it, then drops the connection.
    case closeMidBody

    /// `finish_reason: content_filter` with empty content, as Azure and others moderate answers.
    package static let contentFilter = StubBehaviour.answer("", finishReason: "content_filter")

    /// An answer cut at the token limit.
    package static func length(_ text: String) -> StubBehaviour { .answer(text, finishReason: "length") }

    /// An HTML error page behind status 200, as captive portals and misrouted proxies send.
    package static let htmlPage = StubBehaviour.raw(
        contentType: "text/html", body: Array("<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>".utf8))

    package static let invalidJSON = StubBehaviour.raw(body: Array(#"{"choices": [{"message": {"content": "hi"#.utf8))

    package static let emptyChoices = StubBehaviour.raw(body: Array(#"{"id":"x","model":"stub","choices":[]}"#.utf8))

    /// A completion JSON whose content holds the bytes 0xFF 0xFE, which are never valid UTF-8.
    package static let invalidUTF8 = StubBehaviour.raw(
        body: Array(#"{"choices":[{"message":{"content":""#.utf8) + [0xFF, 0xFE]
            + Array(#""},"finish_reason":"stop"}]}"#.utf8))

    /// The HTTP 400 Alibaba's DashScope returns when its filter rejects the input.
    package static let dataInspectionFailed = StubBehaviour.status(
        400,
        body: #"{"error":{"code":"data_inspection_failed","message":"Input data may contain inappropriate content.","#
            + #""type":"data_inspection_failed"}}"#)
}

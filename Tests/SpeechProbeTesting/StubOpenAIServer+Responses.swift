import Foundation
import Hummingbird

extension StubOpenAIServer {
    /// The HTTP response that plays `behaviour`. `neverAnswer`, `failThenSucceed` and `delayed` are resolved earlier.
    package nonisolated func response(for behaviour: StubBehaviour, model: String) throws -> Response {
        switch behaviour {
        case .answer(let content, let finishReason, let reasoning):
            return Self.json(try Self.completion(content, finishReason: finishReason, reasoning: reasoning, model: model), status: 200)
        case .status(let status, let body, let headers):
            let type = body.hasPrefix("{") ? "application/json" : "text/plain"
            return Self.raw(Array(body.utf8), status: status, contentType: type, headers: headers)
        case .raw(let status, let contentType, let body):
            return Self.raw(body, status: status, contentType: contentType)
        case .slowDrip(let text, let chunkSize, let interval):
            let bytes = Array(try Self.completion(text, finishReason: "stop", reasoning: nil, model: model))
            return streaming(contentLength: bytes.count) { writer in
                for start in stride(from: 0, to: bytes.count, by: chunkSize) {
                    try await writer.write(ByteBuffer(bytes: bytes[start..<min(start + chunkSize, bytes.count)]))
                    await self.addStreamed(min(chunkSize, bytes.count - start))
                    try await Task.sleep(for: interval)
                }
            }
        case .huge(let total):
            let chunk = ByteBuffer(repeating: UInt8(ascii: "x"), count: 64 << 10)
            return streaming(contentLength: nil) { writer in
                for _ in stride(from: 0, to: total, by: chunk.readableBytes) {
                    try await writer.write(chunk)
                    await self.addStreamed(chunk.readableBytes)
                }
            }
        case .closeMidBody:
            // A body shorter than its Content-Length; throwing makes the server drop the connection.
            return streaming(contentLength: 1000) { writer in
                try await writer.write(ByteBuffer(string: #"{"choices":[{"message":{"content":"cut"#))
                throw StubServerError.connectionDropped
            }
        case .neverAnswer, .failThenSucceed, .delayed:
            preconditionFailure("resolved before a response is built")
        }
    }

    private nonisolated func streaming(
        contentLength: Int?, _ write: @escaping @Sendable (inout any ResponseBodyWriter) async throws -> Void
    ) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        return Response(
            status: .ok, headers: fields,
            body: ResponseBody(contentLength: contentLength) { writer in
                do {
                    try await write(&writer)
                    try await writer.finish(nil)
                } catch {
                    await self.streamEnded()
                    throw error
                }
                await self.streamEnded()
            })
    }

    /// The JSON of a one-choice chat completion.
    package static func completion(_ content: String?, finishReason: String, reasoning: String?, model: String) throws -> Data {
        var message: [String: Any] = ["role": "assistant", "content": content ?? NSNull()]
        message["reasoning_content"] = reasoning
        let object: [String: Any] = [
            "id": "chatcmpl-stub", "object": "chat.completion", "model": model,
            "choices": [["index": 0, "message": message, "finish_reason": finishReason]],
            "usage": ["prompt_tokens": 12, "completion_tokens": 34, "total_tokens": 46],
        ]
        return try JSONSerialization.data(withJSONObject: object)
    }
}

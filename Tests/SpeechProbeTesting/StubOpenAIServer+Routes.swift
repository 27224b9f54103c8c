import Foundation
import HTTPTypes
import Hummingbird

extension StubOpenAIServer {
    package nonisolated func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("v1/chat/completions") { request, _ -> Response in
            let received = try await Self.stubRequest(from: request)
            var behaviour = await self.accept(received)
            if case .neverAnswer = behaviour {
                try await Task.sleep(for: .seconds(3600))
            }
            if case .delayed(let wait, let then) = behaviour {
                try await Task.sleep(for: wait)
                behaviour = then
            }
            return try self.response(for: behaviour, model: received.model ?? "stub-model")
        }
        router.get("v1/models") { request, _ -> Response in
            await self.record(try await Self.stubRequest(from: request))
            let list: [String: Any] = ["object": "list", "data": self.models.map { ["id": $0, "object": "model"] }]
            return Self.json(try JSONSerialization.data(withJSONObject: list), status: 200)
        }
        return router
    }

    private static func stubRequest(from request: Request) async throws -> StubRequest {
        var request = request
        let bytes = try await request.collectBody(upTo: 1 << 20)
        var headers: [String: String] = [:]
        for field in request.headers {
            headers[field.name.canonicalName] = field.value
        }
        return StubRequest(
            method: request.method.rawValue, path: request.uri.path, authorization: request.headers[.authorization],
            headers: headers, body: try? JSONDecoder().decode(StubRequest.Body.self, from: Data(bytes.readableBytesView)))
    }

    package static func json(_ data: Data, status: Int, headers: [String: String] = [:]) -> Response {
        raw(Array(data), status: status, contentType: "application/json", headers: headers)
    }

    package static func raw(_ bytes: [UInt8], status: Int, contentType: String, headers: [String: String] = [:]) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        for (name, value) in headers {
            if let name = HTTPField.Name(name) { fields[name] = value }
        }
        return Response(
            status: HTTPResponse.Status(code: status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

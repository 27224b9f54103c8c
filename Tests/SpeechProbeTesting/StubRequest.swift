import Foundation
import SpeechProbeKit

/// A request as `StubOpenAIServer` received it, for tests to inspect.
package struct StubRequest: Sendable {
    package var method: String
    package var path: String
    /// The `Authorization` header, verbatim.
    package var authorization: String?
    /// Every header, names lowercased.
    package var headers: [String: String]
    /// The decoded chat body; nil for `GET /v1/models` or a body that was not a chat request.
    package var body: Body?

    package struct Body: Sendable, Decodable {
        package var model: String
        package var messages: [ChatMessage]
        package var temperature: Double?
        package var maxTokens: Int?
        package var seed: Int?

        enum CodingKeys: String, CodingKey {
            case model, messages, temperature, seed
            case maxTokens = "max_tokens"
        }
    }

    /// The text of the last user message: what scripts key on.
    package var prompt: String? { body?.messages.last { $0.role == "user" }?.content }
    package var model: String? { body?.model }
}

/// Decides how `StubOpenAIServer` answers each chat request.
package struct StubScript: Sendable {
    package var behaviour: @Sendable (StubRequest) -> StubBehaviour

    package init(_ behaviour: @escaping @Sendable (StubRequest) -> StubBehaviour) {
        self.behaviour = behaviour
    }

    /// The same behaviour for every request.
    package static func always(_ behaviour: StubBehaviour) -> StubScript {
        StubScript { _ in behaviour }
    }

    /// A behaviour per prompt text (the last user message), `fallback` for the rest.
    package static func byPrompt(
        _ table: [String: StubBehaviour], fallback: StubBehaviour = .answer("stub answer")
    ) -> StubScript {
        StubScript { request in request.prompt.flatMap { table[$0] } ?? fallback }
    }

    /// A script per model name, so one server can play several models; `fallback` for unknown models.
    package static func byModel(_ table: [String: StubScript], fallback: StubScript = .unknownModel) -> StubScript {
        StubScript { request in (request.model.flatMap { table[$0] } ?? fallback).behaviour(request) }
    }

    /// OpenAI's answer to a model it does not serve.
    package static let unknownModel = StubScript.always(
        .status(404, body: #"{"error":{"message":"The model does not exist.","code":"model_not_found"}}"#))
}

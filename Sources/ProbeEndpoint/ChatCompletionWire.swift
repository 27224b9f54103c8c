import ProbeCore

/// The JSON sent to `/chat/completions`, written by hand (`JSONEncoder` cost more per answer than the HTTP
/// client); `seed` is left out when nil.
struct ChatCompletionRequestBody {
    var request: ChatRequest

    init(_ request: ChatRequest) {
        self.request = request
    }

    func json() throws -> [UInt8] {
        var json = JSONBytes()
        json.bytes.reserveCapacity(128 + request.messages.reduce(0) { $0 + $1.content.utf8.count })
        try json.object { json in
            json.member("model", request.model)
            json.key("messages")
            json.array(request.messages) { json, message in
                json.object { json in
                    json.member("role", message.role)
                    json.member("content", message.content)
                }
            }
            json.key("temperature")
            try json.double(request.temperature)
            json.member("max_tokens", request.maxTokens)
            json.member("seed", request.seed)
        }
        return json.bytes
    }
}

/// The parts of a chat completion response the harness reads.
///
/// Lenient on purpose: OpenAI-compatible servers disagree on details (missing usage, float token counts,
/// content as an array of parts), and a detail gone wrong must not throw away an answer.
struct ChatCompletionResponseBody: Decodable {
    var model: String?
    var choices: [Choice]
    var usage: TokenUsage?
    /// Some gateways answer 200 with `{"error": {"message": …}}` instead of choices.
    var errorMessage: String?

    init(model: String?, choices: [Choice], usage: TokenUsage?, errorMessage: String?) {
        self.model = model
        self.choices = choices
        self.usage = usage
        self.errorMessage = errorMessage
    }

    struct Choice: Decodable {
        var message: Message?
        var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case message
            case finishReason = "finish_reason"
        }

        init(message: Message?, finishReason: String?) {
            self.message = message
            self.finishReason = finishReason
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            message = container.lenient(Message.self, forKey: .message)
            finishReason = container.lenient(String.self, forKey: .finishReason)
        }
    }

    struct Message: Decodable {
        var content: String?
        var reasoning: String?

        enum CodingKeys: String, CodingKey {
            case content, reasoning
            case reasoningContent = "reasoning_content"
        }

        init(content: String?, reasoning: String?) {
            self.content = content
            self.reasoning = reasoning
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            content = container.lenient(String.self, forKey: .content)
                ?? container.lenient([ContentPart].self, forKey: .content).map { $0.compactMap(\.text).joined() }
            reasoning = container.lenient(String.self, forKey: .reasoningContent)
                ?? container.lenient(String.self, forKey: .reasoning)
        }
    }

    struct ContentPart: Decodable {
        var text: String?
    }

    struct ErrorObject: Decodable {
        var message: String?
    }

    enum CodingKeys: String, CodingKey {
        case model, choices, usage, error
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = container.lenient(String.self, forKey: .model)
        choices = container.lenient([Choice].self, forKey: .choices) ?? []
        usage = container.lenient(LenientUsage.self, forKey: .usage)?.tokenUsage
        errorMessage = container.lenient(ErrorObject.self, forKey: .error)?.message
            ?? container.lenient(String.self, forKey: .error)
    }

    /// The first choice as the harness's completion; nil when there is none.
    var completion: ChatCompletion? {
        guard let choice = choices.first else { return nil }
        return ChatCompletion(
            content: choice.message?.content, reasoning: choice.message?.reasoning,
            finishReason: choice.finishReason, model: model, usage: usage)
    }
}

/// Token counts that tolerate floats and strings, which some servers send.
private struct LenientUsage: Decodable {
    var tokenUsage: TokenUsage

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tokenUsage = TokenUsage(
            promptTokens: container.lenientCount(forKey: .promptTokens),
            completionTokens: container.lenientCount(forKey: .completionTokens))
    }
}

extension KeyedDecodingContainer {
    /// The value, or nil when it is missing, null or of another type.
    func lenient<T: Decodable>(_ type: T.Type, forKey key: Key) -> T? {
        try? decodeIfPresent(type, forKey: key)
    }

    /// A token count written as an integer, a float or a numeric string.
    func lenientCount(forKey key: Key) -> Int? {
        lenient(Int.self, forKey: key)
            ?? lenient(Double.self, forKey: key).flatMap { Int(exactly: $0.rounded()) }
            ?? lenient(String.self, forKey: key).flatMap { Int($0) }
    }
}

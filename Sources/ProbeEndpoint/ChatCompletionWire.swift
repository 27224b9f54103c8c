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

/// The parts of a chat completion response the harness reads, as `ChatCompletionResponseScanner` reads them.
struct ChatCompletionResponseBody: Hashable {
    var model: String?
    var choices: [Choice]
    var usage: TokenUsage?
    /// Some gateways answer 200 with `{"error": {"message": …}}` instead of choices.
    var errorMessage: String?

    struct Choice: Hashable {
        var message: Message?
        var finishReason: String?
    }

    struct Message: Hashable {
        var content: String?
        var reasoning: String?
        /// What reading the text took, per field (`ChatCompletion.repairs`).
        var repairs: [String] = []
    }

    /// The body of `bytes`, or nil when it is not JSON.
    init?(_ bytes: some Collection<UInt8>) {
        guard let body = bytes.withContiguousStorageIfAvailable({ ChatCompletionResponseScanner.scan(UnsafeRawBufferPointer($0)) })
            ?? Array(bytes).withUnsafeBytes(ChatCompletionResponseScanner.scan)
        else { return nil }
        self = body
    }

    init(model: String?, choices: [Choice], usage: TokenUsage?, errorMessage: String?) {
        self.model = model
        self.choices = choices
        self.usage = usage
        self.errorMessage = errorMessage
    }

    /// The first choice as the harness's completion; nil when there is none.
    var completion: ChatCompletion? {
        guard let choice = choices.first else { return nil }
        return ChatCompletion(
            content: choice.message?.content, reasoning: choice.message?.reasoning,
            finishReason: choice.finishReason, model: model, usage: usage, repairs: choice.message?.repairs ?? [])
    }
}

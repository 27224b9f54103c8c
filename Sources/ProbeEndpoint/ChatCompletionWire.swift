import ProbeCore

/// The JSON sent to `/chat/completions`, written by hand (`JSONEncoder` cost more per answer than the HTTP
/// client); `seed` is left out when nil.
package struct ChatCompletionRequestBody {
    package var request: ChatRequest

    package init(_ request: ChatRequest) {
        self.request = request
    }

    package func json() throws -> [UInt8] {
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
package struct ChatCompletionResponseBody: Hashable {
    package var model: String?
    package var choices: [Choice]
    package var usage: TokenUsage?
    /// Some gateways answer 200 with `{"error": {"message": …}}` instead of choices.
    package var errorMessage: String?

    package struct Choice: Hashable {
        package var message: Message?
        package var finishReason: String?
    }

    package struct Message: Hashable {
        package var content: String?
        package var reasoning: String?
        /// What reading the text took, per field (`ChatCompletion.repairs`).
        package var repairs: [String] = []
    }

    /// The body of `bytes`, or nil when it is not JSON.
    package init?(_ bytes: some Collection<UInt8>) {
        guard let body = bytes.withContiguousStorageIfAvailable({ ChatCompletionResponseScanner.scan(UnsafeRawBufferPointer($0)) })
            ?? Array(bytes).withUnsafeBytes(ChatCompletionResponseScanner.scan)
        else { return nil }
        self = body
    }

    package init(model: String?, choices: [Choice], usage: TokenUsage?, errorMessage: String?) {
        self.model = model
        self.choices = choices
        self.usage = usage
        self.errorMessage = errorMessage
    }

    /// The first choice as the harness's completion; nil when there is none.
    package var completion: ChatCompletion? {
        guard let choice = choices.first else { return nil }
        return ChatCompletion(
            content: choice.message?.content, reasoning: choice.message?.reasoning,
            finishReason: choice.finishReason, model: model, usage: usage, repairs: choice.message?.repairs ?? [])
    }
}

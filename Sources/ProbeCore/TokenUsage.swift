/// Tokens the server counted for one answer, as it reported them.
public struct TokenUsage: Sendable, Codable, Hashable {
    /// Tokens of the request, system prompt included; nil when the server did not say.
    public var promptTokens: Int?
    /// Tokens of the answer, reasoning included; nil when the server did not say.
    public var completionTokens: Int?

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
    }

    /// Usage as a server reported it.
    public init(promptTokens: Int?, completionTokens: Int?) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}

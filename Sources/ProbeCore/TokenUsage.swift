/// Tokens the server counted for one answer, as it reported them.
public struct TokenUsage: Sendable, Codable, Hashable {
    public var promptTokens: Int?
    public var completionTokens: Int?

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
    }

    public init(promptTokens: Int?, completionTokens: Int?) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}

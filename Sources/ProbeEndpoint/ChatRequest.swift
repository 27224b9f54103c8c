/// One chat completion request, as the run asks it.
package struct ChatRequest: Sendable, Hashable {
    package var model: String
    package var messages: [ChatMessage]
    package var temperature: Double
    package var maxTokens: Int
    package var seed: Int?

    package init(model: String, messages: [ChatMessage], temperature: Double, maxTokens: Int, seed: Int? = nil) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.seed = seed
    }
}

package struct ChatMessage: Sendable, Hashable, Codable {
    package var role: String
    package var content: String

    package init(role: String, content: String) {
        self.role = role
        self.content = content
    }

    package static func system(_ text: String) -> ChatMessage { ChatMessage(role: "system", content: text) }
    package static func user(_ text: String) -> ChatMessage { ChatMessage(role: "user", content: text) }
}

import Synchronization
import SpeechProbeKit

/// An in-memory endpoint: answers by prompt text and counts what it was asked.
package final class ScriptedTransport: ChatTransport {
    private let answers: @Sendable (ChatRequest) -> ChatExchange
    private let asked = Mutex<[String]>([])

    package init(_ answers: @escaping @Sendable (ChatRequest) -> ChatExchange) {
        self.answers = answers
    }

    /// Every prompt answered with the same text.
    package convenience init(reply: String) {
        self.init { _ in ChatExchange(completion: ChatCompletion(content: reply, finishReason: "stop"), attempts: 1, latencyMS: 1) }
    }

    /// The user messages received, in order.
    package var questions: [String] { asked.withLock { $0 } }

    package func complete(_ request: ChatRequest) async -> ChatExchange {
        asked.withLock { $0.append(request.messages.last?.content ?? "") }
        return answers(request)
    }
}

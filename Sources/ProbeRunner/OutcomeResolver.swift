import ProbeCore
import ProbeEndpoint
import ProbeJournal
import ProbeClassifier

/// Decides the outcome of an exchange before any label: only `ok` answers are worth classifying.
package enum OutcomeResolver {
    package struct Resolution: Sendable, Hashable {
        package var outcome: Outcome
        package var error: RecordError?
        /// The visible answer, reasoning removed.
        package var response: String?
        package var reasoning: String?
    }

    package static func resolve(_ exchange: ChatExchange) -> Resolution {
        let completion: ChatCompletion
        switch exchange.result {
        case .failure(let failure):
            let error = RecordError(failure.kind, message: failure.message)
            return Resolution(outcome: failure.kind == .policy ? .moderated : .error, error: error)
        case .success(let success):
            completion = success
        }
        let content = completion.content ?? ""
        let parts = VisibleAnswer.split(response: content, reasoning: completion.reasoning)
        // The journal keeps the answer byte for byte; only a reasoning trace inside it is moved out.
        let response = parts.visible.isEmpty ? nil : parts.visible == content.trimmingWhitespace() ? content : parts.visible
        let outcome: Outcome =
            switch completion.finishReason {
            case "content_filter": .moderated
            case "length": .truncated
            default: response == nil ? .empty : .ok
            }
        return Resolution(outcome: outcome, error: nil, response: response, reasoning: parts.reasoning)
    }
}

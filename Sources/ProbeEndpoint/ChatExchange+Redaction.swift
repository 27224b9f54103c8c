import ProbeCore

extension ChatExchange {
    /// The exchange with secrets masked in every string the endpoint sent: answer, reasoning, model id,
    /// finish reason and error text. Transports call this once, before any record, log or report sees it.
    package func redacted(by redactor: SecretRedactor) -> ChatExchange {
        guard !redactor.isEmpty else { return self }
        var copy = self
        copy.result = result.map { completion in
            var completion = completion
            completion.content = redactor.redact(completion.content)
            completion.reasoning = redactor.redact(completion.reasoning)
            completion.model = redactor.redact(completion.model)
            completion.finishReason = redactor.redact(completion.finishReason)
            return completion
        }.mapError { $0.redacted(by: redactor) }
        return copy
    }
}

extension OpenAIChatClient {
    /// One attempt without retries: what `RetryingTransport` repeats.
    package func attemptOnce(_ request: ChatRequest) async -> AttemptResult {
        do {
            return await attemptCompletion(try makeCompletionRequest(request))
        } catch {
            return .failure(AttemptFailure(.decode, "cannot encode the request: \(error)".excerpt()))
        }
    }
}

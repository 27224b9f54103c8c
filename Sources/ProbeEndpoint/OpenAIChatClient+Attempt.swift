extension OpenAIChatClient {
    /// One attempt without retries, for callers that retry themselves.
    func attemptOnce(_ request: ChatRequest) async -> Result<(completion: ChatCompletion, status: Int), AttemptFailure> {
        do {
            return await attemptCompletion(try makeCompletionRequest(request))
        } catch {
            return .failure(AttemptFailure(.decode, "cannot encode the request: \(error)".excerpt()))
        }
    }
}

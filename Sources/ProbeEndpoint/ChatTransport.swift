/// The seam between the run and an endpoint: one request in, one exchange out, never a throw.
///
/// The real implementation is `OpenAIChatClient`; tests may supply their own.
package protocol ChatTransport: Sendable {
    /// Sends the request with retries and returns the final exchange.
    func complete(_ request: ChatRequest) async -> ChatExchange
}

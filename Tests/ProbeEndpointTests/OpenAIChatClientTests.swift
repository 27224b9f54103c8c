import Foundation
import Testing
import ProbeCore
import ProbeEndpoint
import ProbeSuites
import SpeechProbeTesting

extension EndpointTests {
    /// Successful exchanges: what is sent and what is decoded.
    @Suite struct OpenAIChatClientTests {
        @Test func decodesContentReasoningUsageAndModel() async throws {
            let answer = "<think>The user greets me.</think>Hello there."
            let exchange = try await StubClientHarness.run(
                .always(.answer(answer, reasoning: "separate trace"))
            ) { client, _ in
                await client.complete(StubClientHarness.request(model: "qwen-test"))
            }
            let completion = try #require(exchange.completion)
            #expect(exchange.failure == nil)
            // The <think> block is left for the reasoning splitter downstream.
            #expect(completion.content == answer)
            #expect(completion.reasoning == "separate trace")
            #expect(completion.finishReason == "stop")
            #expect(completion.model == "qwen-test")
            #expect(completion.usage == TokenUsage(promptTokens: 12, completionTokens: 34))
            #expect(exchange.attempts == 1)
            #expect(exchange.httpStatus == 200)
        }

        @Test func sendsTheRequestAsOpenAIJSONWithBearerKey() async throws {
            let requests = try await StubClientHarness.run(.always(.answer("ok"))) { client, server in
                _ = await client.complete(StubClientHarness.request("first", seed: 7))
                _ = await client.complete(StubClientHarness.request("second"))
                return await server.chatRequests
            }
            try #require(requests.count == 2)
            #expect(requests[0].method == "POST")
            #expect(requests[0].path == "/v1/chat/completions")
            #expect(requests[0].authorization == "Bearer \(StubClientHarness.apiKey)")
            let body = try #require(requests[0].body)
            #expect(body.model == "stub-model")
            #expect(body.messages == [.system("Be brief."), .user("first")])
            #expect(body.temperature == 0)
            #expect(body.maxTokens == 64)
            #expect(body.seed == 7)
            #expect(requests[1].body?.seed == nil)
        }

        /// The hand-written body reads back as the request, whatever the text holds, with `seed` only when set.
        @Test func theRequestBodyReadsBackAsTheRequestForAnyText() throws {
            struct Body: Decodable, Equatable {
                var model: String
                var messages: [ChatMessage]
                var temperature: Double
                var max_tokens: Int
                var seed: Int?
            }
            let texts = ["", "plain", "quote \" back\\slash /slash", "\u{00}\u{1F}\t\n\r\u{7F}", "天安门 🧑‍🚀 e\u{301} \u{2028}"]
            for (index, text) in texts.enumerated() {
                let seed = index % 2 == 0 ? nil : -index
                let temperature = [0, 0.7, 1, 1e-7, 2.5][index]
                let request = ChatRequest(model: "m/" + text, messages: [.system(text), .user(text + "?")],
                                          temperature: temperature, maxTokens: 64 + index, seed: seed)
                let json = Data(try ChatCompletionRequestBody(request).json())
                let body = try JSONDecoder().decode(Body.self, from: json)
                #expect(body == Body(model: request.model, messages: request.messages, temperature: temperature,
                                     max_tokens: 64 + index, seed: seed))
                let keys = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any]).keys
                #expect(Set(keys) == Set(["model", "messages", "temperature", "max_tokens"] + (seed == nil ? [] : ["seed"])))
            }
            let infinite = ChatRequest(model: "m", messages: [], temperature: .infinity, maxTokens: 1)
            #expect(throws: JSONBytesError.self) { try ChatCompletionRequestBody(infinite).json() }
        }

        @Test func sendsNoAuthorizationWithoutKeyAndAddsExtraHeaders() async throws {
            let request = try await StubClientHarness.run(
                .always(.answer("ok")),
                configure: {
                    $0.apiKey = nil
                    $0.extraHeaders = ["X-Org": "lab"]
                }
            ) { client, server in
                _ = await client.complete(StubClientHarness.request())
                return await server.chatRequests.first
            }
            #expect(request?.authorization == nil)
            #expect(request?.headers["x-org"] == "lab")
        }

        @Test func nullContentWithReasoningIsACompletionNotAFailure() async throws {
            let exchange = try await StubClientHarness.run(
                .always(.answer(nil, finishReason: "length", reasoning: "thinking and thinking"))
            ) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            let completion = try #require(exchange.completion)
            #expect(completion.content == nil)
            #expect(completion.reasoning == "thinking and thinking")
            #expect(completion.finishReason == "length")
        }

        @Test func readsReasoningFieldAndContentParts() async throws {
            let body = #"{"model":"m","choices":[{"message":{"content":[{"type":"text","text":"Hel"},"#
                + #"{"type":"text","text":"lo"}],"reasoning":"trace"},"finish_reason":"stop"}],"#
                + #""usage":{"prompt_tokens":3.0,"completion_tokens":"5"}}"#
            let exchange = try await StubClientHarness.run(.always(.raw(body: Array(body.utf8)))) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            let completion = try #require(exchange.completion)
            #expect(completion.content == "Hello")
            #expect(completion.reasoning == "trace")
            #expect(completion.usage == TokenUsage(promptTokens: 3, completionTokens: 5))
        }

        @Test func contentFilterStaysACompletionForTheOutcomeResolver() async throws {
            let exchange = try await StubClientHarness.run(.always(.contentFilter)) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            #expect(exchange.failure == nil)
            #expect(exchange.completion?.finishReason == "content_filter")
        }

        @Test func scriptsAnswerPerModelOnOneServer() async throws {
            let script = StubScript.byModel([
                "open": .always(.answer("Here is the history.")),
                "guarded": .byPrompt(["Tiananmen 1989?": .answer("I cannot discuss that.")]),
            ])
            let (open, guarded, unknown) = try await StubClientHarness.run(script) { client, _ in
                (
                    await client.complete(StubClientHarness.request("Tiananmen 1989?", model: "open")),
                    await client.complete(StubClientHarness.request("Tiananmen 1989?", model: "guarded")),
                    await client.complete(StubClientHarness.request("Tiananmen 1989?", model: "other"))
                )
            }
            #expect(open.completion?.content == "Here is the history.")
            #expect(guarded.completion?.content == "I cannot discuss that.")
            #expect(unknown.failure?.kind == .httpStatus)
            #expect(unknown.httpStatus == 404)
        }
    }
}

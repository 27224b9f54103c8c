import Foundation
import Testing
import ProbeEndpoint
import ProbeSuites
import SpeechProbeTesting

extension EndpointTests {
    /// The API key goes out as a bearer token and nowhere else: not in failures, descriptions or key errors.
    @Suite struct SecretHandlingTests {
        static let key = StubClientHarness.apiKey

        @Test(arguments: [
            StubBehaviour.status(401, body: #"{"error":{"message":"Incorrect API key provided: \#(key)"}}"#),
            .status(400, body: "content policy violation for key \(key)"),
            .status(503, body: String(repeating: "\(key) ", count: 30)),
            .raw(contentType: "text/html", body: Array("<html>\(key)</html>".utf8)),
            .raw(body: Array(#"{"error":"bad key \#(key)","choices":[]}"#.utf8)),
        ])
        func failuresNeverQuoteTheKey(behaviour: StubBehaviour) async throws {
            let exchange = try await StubClientHarness.run(.always(behaviour)) { client, _ in
                await client.complete(StubClientHarness.request())
            }
            let failure = try #require(exchange.failure)
            #expect(!failure.message.contains(Self.key))
            #expect(!failure.description.contains(Self.key))
            #expect(failure.message.count <= 300)
        }

        @Test func transportFailuresNeverQuoteTheKey() async throws {
            let baseURL = try StubClientHarness.closedPortURL()
            let failure = try await StubClientHarness.withClient(baseURL: baseURL) { client in
                await client.complete(StubClientHarness.request()).failure
            }
            #expect(failure?.message.contains(Self.key) == false)
        }

        @Test func configurationDescriptionHidesTheKey() {
            let configuration = EndpointConfiguration(baseURL: "http://127.0.0.1:8080/v1/", apiKey: Self.key)
            #expect(!configuration.description.contains(Self.key))
            var dumped = ""
            dump(configuration, to: &dumped)
            #expect(!dumped.contains(Self.key))
            #expect(configuration.chatCompletionsURL == "http://127.0.0.1:8080/v1/chat/completions")
        }
    }
}

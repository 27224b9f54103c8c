import Testing
import ProbeEndpoint
import ProbeSuites
import SpeechProbeTesting

extension EndpointTests {
    @Suite struct APIKeyTests {
        static let secret = "sk-from-somewhere-9f8e"

        @Test func readsAndTrimsTheEnvironmentVariable() throws {
            let key = try APIKey.fromEnvironment("PROBE_KEY", environment: ["PROBE_KEY": " \(Self.secret)\n"])
            #expect(key == Self.secret)
        }

        @Test func missingOrEmptyVariableNamesTheVariable() {
            #expect(throws: APIKey.ResolutionError(description: "environment variable PROBE_KEY is not set")) {
                try APIKey.fromEnvironment("PROBE_KEY", environment: [:])
            }
            #expect(throws: APIKey.ResolutionError(description: "environment variable PROBE_KEY is empty")) {
                try APIKey.fromEnvironment("PROBE_KEY", environment: ["PROBE_KEY": "\n"])
            }
        }

        @Test func readsAndTrimsTheFile() throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write(Self.secret + "\n", to: "key.txt")
            #expect(try APIKey.fromFile(path) == Self.secret)
        }

        @Test func fileErrorsNameTheFileButNeverTheValue() throws {
            let folder = try TemporaryDirectory()
            let multiLine = try folder.write("\(Self.secret)\nsecond line\n", to: "two.txt")
            do {
                _ = try APIKey.fromFile(multiLine)
                Issue.record("a two-line key file was accepted")
            } catch {
                #expect(error.description.contains(multiLine))
                #expect(!error.description.contains(Self.secret))
            }
            #expect(throws: APIKey.ResolutionError(description: "cannot read API key file \(folder.path)/absent")) {
                try APIKey.fromFile("\(folder.path)/absent")
            }
        }

        /// A control character would make the HTTP client refuse the header with an error quoting it whole.
        @Test func aKeyWithAControlCharacterIsRefusedWithoutShowingIt() {
            let key = "sk-live\u{1B}]52;c;aGk=\u{07}tail-9f8e"
            do {
                _ = try APIKey.fromEnvironment("KEY", environment: ["KEY": key])
                Issue.record("a key with control characters was accepted")
            } catch {
                #expect(error.description == "environment variable KEY holds a control character, which no API key has")
            }
        }

        @Test func aControlCharacterInAHeaderFailsTheRequestWithoutQuotingIt() async throws {
            let key = "sk-live-\u{01}-0123456789abcdef"
            let failure = try await StubClientHarness.run(
                .always(.answer("never")), configure: { $0.apiKey = key; $0.retry = RetryPolicy(maxAttempts: 1) }
            ) { client, _ in
                await client.complete(StubClientHarness.request()).failure
            }
            #expect(failure?.message == "the Authorization header holds a control character, which HTTP does not allow")
        }
    }
}

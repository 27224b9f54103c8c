import Testing
@testable import SpeechProbeKit

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
    }
}

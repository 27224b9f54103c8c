import Testing
import ProbeEndpoint
import ProbeSuites
import SpeechProbeTesting

extension EndpointTests {
    @Suite struct ListModelsTests {
        @Test func listsTheServedModelsWithTheKey() async throws {
            let (models, request) = try await StubOpenAIServer.withRunning(.always(.answer("x")), models: ["a", "b"]) { baseURL, server in
                let models = try await StubClientHarness.withClient(baseURL: baseURL) { client in try await client.listModels() }
                return (models, await server.requests.first)
            }
            #expect(models == ["a", "b"])
            #expect(request?.method == "GET")
            #expect(request?.path == "/v1/models")
            #expect(request?.authorization == "Bearer \(StubClientHarness.apiKey)")
        }

        @Test func unreachableEndpointThrowsAConnectionFailureNamingTheURL() async throws {
            let baseURL = try StubClientHarness.closedPortURL()
            let failure = try await StubClientHarness.withClient(baseURL: baseURL) { client in
                do throws(EndpointFailure) {
                    _ = try await client.listModels()
                    return nil as EndpointFailure?
                } catch {
                    return error
                }
            }
            #expect(failure?.kind == .connection)
            #expect(failure?.message.contains("\(baseURL)/models") == true)
            #expect(failure?.message.contains(StubClientHarness.apiKey) == false)
        }
    }
}

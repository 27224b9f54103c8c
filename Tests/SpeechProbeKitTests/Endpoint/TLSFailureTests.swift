import Foundation
import Testing
@testable import ProbeEndpoint
@testable import ProbeSuites
import SpeechProbeTesting

extension EndpointTests {
    /// A real TLS handshake against `openssl s_server` with a self-signed certificate, as a vLLM or a
    /// proxy behind a private CA presents to a client that does not trust it.
    @Suite struct TLSFailureTests {
        static let openssl = "/usr/bin/openssl"
        static var available: Bool { FileManager.default.isExecutableFile(atPath: openssl) }

        @Test(.enabled(if: available))
        func aSelfSignedCertificateEndsInOneTransportErrorWithoutRetries() async throws {
            let folder = try TemporaryDirectory()
            let generated = try await ToolProcess.run(Self.openssl, [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem",
                "-subj", "/CN=127.0.0.1", "-days", "1",
            ], directory: folder.path)
            try #require(generated.status == 0, "openssl req exited \(generated.status)")
            let port = try await StubClientHarness.unusedPort()
            let server = Process()
            server.executableURL = URL(fileURLWithPath: Self.openssl)
            server.arguments = ["s_server", "-accept", "127.0.0.1:\(port)", "-cert", "cert.pem", "-key", "key.pem",
                                "-www", "-quiet"]
            server.currentDirectoryURL = URL(fileURLWithPath: folder.path)
            server.standardInput = FileHandle.nullDevice
            server.standardOutput = FileHandle.nullDevice
            server.standardError = FileHandle.nullDevice
            try server.run()
            defer { server.terminate() }

            let baseURL = "https://127.0.0.1:\(port)/v1"
            func exchange() async throws -> ChatExchange {
                try await StubClientHarness.withClient(baseURL: baseURL) { client in
                    await client.complete(StubClientHarness.request())
                }
            }
            // s_server needs a moment to listen; until it does, attempts meet a refused connection (and retry).
            var waited = 0
            while waited < 50, try await exchange().failure?.message.contains("cannot connect") == true {
                waited += 1
                try await Task.sleep(for: .milliseconds(100))
            }
            let exchange = try await exchange()
            let failure = try #require(exchange.failure)
            #expect(failure.kind == .connection)
            // A certificate does not change between attempts: the first failure is the answer.
            #expect(exchange.attempts == 1, "\(failure.message)")
            #expect(failure.message.contains("transport error"), "\(failure.message)")
            #expect(!failure.message.contains(StubClientHarness.apiKey))
        }
    }
}

import Foundation
import Testing
import ProbeEndpoint
import ProbeSuites
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
                                "-www"]
            server.currentDirectoryURL = URL(fileURLWithPath: folder.path)
            server.standardInput = FileHandle.nullDevice
            let output = Pipe()
            server.standardOutput = output
            server.standardError = FileHandle.nullDevice
            try server.run()
            defer { server.terminate() }
            // s_server prints ACCEPT once it listens: the signal to start, rather than retrying until it does.
            let listening = await Task.detached { () -> Bool in
                var seen = Data()
                while !String(decoding: seen, as: UTF8.self).contains("ACCEPT") {
                    let chunk = output.fileHandleForReading.availableData
                    if chunk.isEmpty { return false }
                    seen.append(chunk)
                }
                return true
            }.value
            try #require(listening, "openssl s_server ended before it listened")

            let exchange = try await StubClientHarness.withClient(baseURL: "https://127.0.0.1:\(port)/v1") { client in
                await client.complete(StubClientHarness.request())
            }
            let failure = try #require(exchange.failure)
            #expect(failure.kind == .connection)
            // A certificate does not change between attempts: the first failure is the answer.
            #expect(exchange.attempts == 1, "\(failure.message)")
            #expect(failure.message.contains("transport error"), "\(failure.message)")
            #expect(!failure.message.contains(StubClientHarness.apiKey))
        }
    }
}

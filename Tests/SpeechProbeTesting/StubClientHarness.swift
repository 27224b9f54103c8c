import AsyncHTTPClient
import Foundation
import Glibc
import SpeechProbeKit

/// A client wired to a fresh stub server, with test-sized timeouts and backoff.
package enum StubClientHarness {
    package static let apiKey = "sk-test-SECRET-4711"

    /// Per attempt, for tests not about the deadline. Generous on purpose: one deadline covers connecting, the
    /// head and the body, and under a full parallel test run on 2 cores a 5 s one passed before a 256 KB body
    /// arrived (the size-cap test saw a timeout first) and, with busy loops beside the run, before a replica's
    /// answer came (its retry made one request too many). Tests about the deadline set a short one.
    package static let timeout = Duration.seconds(30)

    package static let fastRetry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(40))

    package static func request(_ prompt: String = "hello", model: String = "stub-model", seed: Int? = nil) -> ChatRequest {
        ChatRequest(model: model, messages: [.system("Be brief."), .user(prompt)], temperature: 0, maxTokens: 64, seed: seed)
    }

    /// Runs `body` with a client for `script`; `configure` adjusts the endpoint configuration first, and a
    /// `deadline` (a `ManualDeadline`'s) replaces the real clock's.
    package static func run<Result>(
        _ script: StubScript, configure: (inout EndpointConfiguration) -> Void = { _ in },
        deadline: AttemptDeadline = .eventLoop,
        _ body: (OpenAIChatClient, StubOpenAIServer) async throws -> Result
    ) async throws -> Result {
        try await StubOpenAIServer.withRunning(script) { baseURL, server in
            try await withClient(baseURL: baseURL, configure: configure, deadline: deadline) { client in
                try await body(client, server)
            }
        }
    }

    /// A client for `baseURL` on its own `HTTPClient`, shut down afterwards.
    package static func withClient<Result>(
        baseURL: String, configure: (inout EndpointConfiguration) -> Void = { _ in },
        deadline: AttemptDeadline = .eventLoop,
        _ body: (OpenAIChatClient) async throws -> Result
    ) async throws -> Result {
        var configuration = EndpointConfiguration(
            baseURL: baseURL, apiKey: apiKey, timeout: timeout, retry: fastRetry)
        configure(&configuration)
        let endpoint = configuration
        return try await HTTPClient.withHTTPClient(configuration: .speechProbe(concurrency: 4)) { http in
            try await body(OpenAIChatClient(configuration: endpoint, httpClient: http, deadline: deadline))
        }
    }

    /// A base URL on 127.0.0.1 where connecting is refused: its port is bound for the rest of the test process
    /// and never listened on, so no other test's server can be given it. (A port freed by stopping a stub was,
    /// under the parallel test run, sometimes handed to another test's stub, which then answered.)
    package static func closedPortURL() throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(socket, address, length) == 0 && getsockname(socket, address, &length) == 0
            }
        }
        guard bound else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return "http://127.0.0.1:\(UInt16(bigEndian: address.sin_port))/v1"
    }

    /// A port on 127.0.0.1 free a moment ago, for a server the test starts itself.
    package static func unusedPort() async throws -> Int {
        try await StubOpenAIServer.withRunning(.always(.answer("unused"))) { baseURL, _ in
            URL(string: baseURL)?.port ?? 0
        }
    }
}

import AsyncHTTPClient
import Foundation
import Logging
import Testing
import ProbeClassifier
import ProbeCore
import ProbeEndpoint
import ProbeJournal
import ProbeRunner
import SpeechProbeTesting

extension ReliabilityTests {
    /// The value of an extra request header (a gateway's own auth header) is a secret like the key: a server
    /// that echoes it back gets it masked in the journal, the logs, the errors and every report.
    @Suite struct ExtraHeaderSecretTests {
        static let token = "gw-Token-5be1c0d7a9"

        static let echoingServer = StubScript { request in
            let value = request.headers["x-gateway-token"] ?? "none"
            switch request.prompt {
            case "Question p0?": return .status(401, body: #"{"error":{"message":"bad gateway token \#(value)"}}"#)
            case "Question p1?": return .status(500, body: String(repeating: value, count: 10))
            case "Question p2?":
                return .raw(body: SecurityTests.completion(content: "Your token: \(value)", reasoning: value.uppercased(), model: value))
            default: return .answer("A full answer for \(value.lowercased()).\nLABEL: complete")
            }
        }

        /// Every run of 8 characters of the token, lower-cased.
        static func leaks(_ text: String) -> [String] {
            let token = Array(token.lowercased())
            let lowered = text.lowercased()
            return (0...(token.count - 8)).map { String(token[$0..<($0 + 8)]) }.filter { lowered.contains($0) }
        }

        @Test func anExtraHeaderValueReachesNoOutput() async throws {
            let folder = try TemporaryDirectory()
            let out = folder.path + "/run"
            let logs = LogLines()
            let (seen, manifest) = try await StubOpenAIServer.withRunning(Self.echoingServer) { baseURL, server in
                let endpoint = EndpointConfiguration(
                    baseURL: baseURL, retry: RetryPolicy(maxAttempts: 1), extraHeaders: ["X-Gateway-Token": Self.token])
                let manifest = try await HTTPClient.withHTTPClient(configuration: .speechProbe(concurrency: 2)) { http in
                    var run = ProbeRun(
                        configuration: RunConfiguration(directory: RunDirectory(out), model: CLIRunFixture.model, endpoint: baseURL),
                        suites: RecordFixtures.suites(5), transport: OpenAIChatClient(configuration: endpoint, httpClient: http),
                        classifier: RuleClassifier())
                    run.logger = Logger(label: "test") { _ in logs.handler }
                    return try await run.execute()
                }
                return (await server.requests.map { $0.headers["x-gateway-token"] }, manifest)
            }
            // The header did go out, so the echoes really held it.
            #expect(seen.count == 5 && seen.allSatisfy { $0 == Self.token })
            #expect(manifest.status == "complete")
            let file = { (name: String) in folder.path + "/" + name }
            var outputs = [try await CLIProcess.run([
                "report", out, "--csv", file("rates.csv"), "--html", file("report.html"), "--markdown", file("report.md"),
                "--flags-csv", file("flags.csv"),
            ])]
            outputs.append(try await CLIProcess.run(["export", out, "--csv", file("export.csv")]))
            for output in outputs {
                #expect(output.status == 0, "\(output.stderr)")
                #expect(Self.leaks(output.stdout + output.stderr).isEmpty, "\(output.stdout)\n\(output.stderr)")
            }
            #expect(logs.text.contains("request failed") && Self.leaks(logs.text).isEmpty, "\(logs.text)")
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            #expect(files.contains("run/responses.jsonl") && files.contains("report.html") && files.contains("export.csv"))
            for name in files {
                let data = FileManager.default.contents(atPath: file(name)) ?? Data()
                #expect(Self.leaks(String(decoding: data, as: UTF8.self)).isEmpty, "\(name) holds the header value")
            }
            let records = try JournalReader.records(in: RunDirectory(out))
            #expect(records.filter { $0.error?.message.contains("[redacted]") == true }.count == 2)
            let echoed = try #require(records.first { $0.promptID == "p2" })
            #expect(echoed.model == "[redacted]" && echoed.reasoning == "[redacted]" && echoed.response == "Your token: [redacted]")
        }

        @Test func shortHeaderValuesAreNotMasked() {
            let endpoint = EndpointConfiguration(baseURL: "http://127.0.0.1:1/v1", extraHeaders: ["X-Debug": "true"])
            #expect(endpoint.redactor.redact("true or false") == "true or false")
        }
    }
}

/// Every line a `Logger` writes through `handler`, with its metadata.
final class LogLines: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()

    var text: String { lock.withLock { lines.joined(separator: "\n") } }

    var handler: Handler { Handler(sink: self) }

    struct Handler: LogHandler {
        let sink: LogLines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            sink.lock.withLock { sink.lines.append(([event.message.description] + fields).joined(separator: " ")) }
        }
    }
}

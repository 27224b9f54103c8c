import AsyncHTTPClient
import Foundation
import NIOSSL
import Testing
import ProbeClassifier
import ProbeCore
import ProbeEndpoint
import ProbeJournal
import ProbeRunner
import ProbeSuites
import ProbeTraining
import SpeechProbeTesting

extension ReliabilityTests {
    /// The key stays secret, run names stay inside the results folder, TLS stays verified.
    @Suite struct SecurityTests {
        static let key = "sk-live-SECRET-8c1f27d9"

        /// Every way a server can hand the key back: error bodies of every status, HTML, a 200 with an error,
        /// and 200 answers that carry it in the content, the reasoning and the model id, cut, wrapped, re-cased.
        static let echoingServer = StubScript { request in
            let authorization = request.authorization ?? "none"
            let key = authorization.replacingOccurrences(of: "Bearer ", with: "")
            switch request.prompt {
            case "Question 0?": return .status(401, body: #"{"error":{"message":"Incorrect API key provided: \#(authorization)"}}"#)
            case "Question 1?": return .status(400, body: "content policy violation for \(authorization)")
            case "Question 2?": return .status(503, body: String(repeating: authorization, count: 20))
            case "Question 3?": return .raw(contentType: "text/html", body: Array("<html>\(authorization)</html>".utf8))
            case "Question 4?": return .raw(body: Array(#"{"error":"bad key \#(authorization)","choices":[]}"#.utf8))
            case "Question 5?": return .raw(body: Self.completion(content: "Your key is \(key).", reasoning: key.uppercased(), model: key))
            case "Question 6?":
                let middle = key.index(key.startIndex, offsetBy: 11)
                let wrapped = String(key[..<middle]) + "\r\n" + String(key[middle...])
                return .answer("Wrapped: \(wrapped); a slice: x\(key.dropFirst(4).prefix(9).lowercased())x", reasoning: wrapped)
            default: return .answer("A full answer, as asked by \(authorization).\nLABEL: complete")
            }
        }

        static func completion(content: String, reasoning: String, model: String) -> [UInt8] {
            let object: [String: Any] = [
                "model": model,
                "choices": [["index": 0, "finish_reason": "stop",
                             "message": ["role": "assistant", "content": content, "reasoning_content": reasoning]]],
            ]
            return Array((try? JSONSerialization.data(withJSONObject: object)) ?? Data())
        }

        /// Every run of 8 characters of the key, lower-cased: what must be in no output, in any case.
        static let keyRuns = (0...(key.count - 8)).map { String(Array(key.lowercased())[$0..<($0 + 8)]) }

        static func leaks(_ text: String) -> [String] {
            let lowered = text.lowercased()
            return keyRuns.filter { lowered.contains($0) }
        }

        enum KeySource: String, CaseIterable, Sendable {
            case environment, file
        }

        @Test(arguments: KeySource.allCases)
        func theKeyAppearsInNoFileAndNoOutput(source: KeySource) async throws {
            let folder = try TemporaryDirectory()
            let secrets = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 8), to: "suite.yaml")
            let out = folder.path + "/run"
            let keyFile = try secrets.write(Self.key + "\n", to: "key")
            let environment = ["SPEECHPROBE_TEST_KEY": Self.key]
            let (results, authorizations) = try await StubOpenAIServer.withRunning(Self.echoingServer) { baseURL, server in
                var options = ["--max-attempts": "1"]
                switch source {
                case .environment: options["--api-key-env"] = "SPEECHPROBE_TEST_KEY"
                case .file: options["--api-key-file"] = keyFile
                }
                let arguments = CLIRunFixture.arguments(suite: suite, endpoint: baseURL, out: out, options: options)
                var results = [try await CLIProcess.run(arguments, environment: environment)]
                let authorizations = await server.requests.map(\.authorization)
                // Every command that reads the run, the judge included (it talks to the same echoing server).
                let file = { (name: String) in folder.path + "/" + name }
                for command in [
                    ["report", out, "--csv", file("rates.csv"), "--html", file("report.html"), "--markdown", file("report.md"),
                     "--flags-csv", file("flags.csv"), "--language-gap-csv", file("gap.csv")],
                    ["export", out, "--csv", file("export.csv")],
                    ["diff", out, out, "--csv", file("diff.csv"), "--html", file("diff.html")],
                    ["classify", out, "--judge", baseURL, "--judge-model", CLIRunFixture.model,
                     "--judge-api-key-env", "SPEECHPROBE_TEST_KEY"],
                    ["report", out, "--html", file("judged.html")],
                ] {
                    results.append(try await CLIProcess.run(command, environment: environment))
                }
                return (results, authorizations)
            }
            // The key did go out, to the server only, so the echoes below really held it.
            #expect(authorizations.count == 9)
            #expect(authorizations.allSatisfy { $0 == "Bearer \(Self.key)" })
            for result in results {
                #expect(result.status == 0, "\(result.stderr)")
                #expect(Self.leaks(result.stdout + result.stderr).isEmpty, "\(result.stdout)\n\(result.stderr)")
            }
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            #expect(files.contains("run/responses.jsonl") && files.contains("judged.html") && files.contains("export.csv"))
            for file in files {
                let data = FileManager.default.contents(atPath: folder.path + "/" + file) ?? Data()
                #expect(Self.leaks(String(decoding: data, as: UTF8.self)).isEmpty, "\(file) holds the key")
            }
            let records = try JournalReader.records(in: RunDirectory(out))
            #expect(records.filter { $0.error?.message.contains("[redacted]") == true }.count == 5)
            let echoed = try #require(records.first { $0.promptID == "p5" })
            #expect(echoed.model == "[redacted]" && echoed.reasoning == "[redacted]" && echoed.response == "Your key is [redacted].")
            #expect(records.first { $0.promptID == "p6" }?.response == "Wrapped: [redacted]; a slice: x[redacted]x")
            #expect(records.filter { $0.classifier?.judgeOutput?.contains("[redacted]") == true }.count >= 2)
        }

        @Test func aKeyCutShortByAnExcerptIsMaskedToo() async throws {
            // The message keeps 160 characters of the body, which ends mid-key.
            let body = String(repeating: "x", count: 140) + " " + Self.key
            let failure = try await StubClientHarness.run(
                .always(.status(503, body: body)), configure: { $0.apiKey = Self.key; $0.retry = RetryPolicy(maxAttempts: 1) }
            ) { client, _ in
                await client.complete(StubClientHarness.request()).failure
            }
            let message = try #require(failure?.message)
            #expect(message.contains("[redacted]"))
            #expect(!message.contains(Self.key.prefix(10)), "\(message)")
            #expect(SecretRedactor([Self.key]).redact("sk-live and Bearer \(Self.key)\(Self.key)") == "sk-live and Bearer [redacted][redacted]")
        }

        @Test func theAuthorizationHeaderDoesNotFollowARedirect() async throws {
            let (exchange, elsewhere) = try await StubOpenAIServer.withRunning(.always(.answer("moved"))) { otherURL, other in
                let redirect = StubBehaviour.status(307, headers: ["Location": otherURL + "/chat/completions"])
                let exchange = try await StubClientHarness.run(.always(redirect)) { client, _ in
                    await client.complete(StubClientHarness.request())
                }
                return (exchange, await other.requests.count)
            }
            #expect(elsewhere == 0)
            #expect(exchange.failure?.kind == .httpStatus)
            #expect(exchange.failure?.message.contains("redirect") == true)
        }

        @Test func runNamesCannotLeaveTheResultsFolder() {
            var random = SplitMix64(seed: 0x0A7E)
            let alphabet = Array("./\\-_~:a\u{0}\n é∕／")
            let hostile = ["../../etc/passwd", "/etc", "..", ".", "", "a/../../b", "org/model:tag", "~root", "-rf", "..\\..\\x",
                           "model\nname", ".hidden", "\u{0}"]
            let random1000 = (0..<1000).map { _ in
                String((0..<Int.random(in: 0..<12, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            }
            let results = URL(fileURLWithPath: "/srv/results")
            for name in hostile + random1000 {
                let sanitized = RunName.sanitized(name)
                #expect(!sanitized.isEmpty && !sanitized.hasPrefix(".") && !sanitized.hasPrefix("-"), "\(name)")
                #expect(!sanitized.contains("/") && !sanitized.contains("\0") && !sanitized.contains("\n"), "\(name)")
                let path = results.appendingPathComponent(sanitized).standardized.path
                #expect(path.hasPrefix("/srv/results/") && path.split(separator: "/").count == 3, "\(name) → \(path)")
            }
        }

        @Test func theDefaultRunFolderOfAHostileModelNameStaysUnderResults() async throws {
            let folder = try TemporaryDirectory()
            let work = folder.path + "/work"
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            let suite = try folder.write(CLIRunFixture.suite(prompts: 1), to: "suite.yaml")
            let model = "../../escape/model:tag"
            let result = try await StubOpenAIServer.withRunning(.always(.answer("A full answer.")), models: [model]) { baseURL, _ in
                try await CLIProcess.run(
                    CLIRunFixture.arguments(suite: suite, endpoint: baseURL, out: nil, options: ["--model": model]),
                    directory: work)
            }
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: work + "/results") == ["escape-model-tag"])
            #expect(FileManager.default.fileExists(atPath: work + "/results/escape-model-tag/responses.jsonl"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["suite.yaml", "work"])
        }

        @Test func certificatesAreVerified() {
            let configuration = HTTPClient.Configuration.speechProbe(concurrency: 8)
            // nil means async-http-client's default, which verifies certificates and host names.
            #expect((configuration.tlsConfiguration?.certificateVerification ?? .fullVerification) == .fullVerification)
        }
    }
}

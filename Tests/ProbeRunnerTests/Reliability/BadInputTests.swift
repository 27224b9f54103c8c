import Foundation
import Testing
import SpeechProbeTesting

extension ReliabilityTests {
    /// Mistakes a user makes, through the real binary: a non-zero exit, a message that names the file, line
    /// and field or the flag, no crash report, and nothing written.
    @Suite struct BadInputTests {
        struct BadInput: Sendable, CustomTestStringConvertible {
            enum Endpoint: Sendable {
                /// A stub serving `stub-model`.
                case stub
                /// A port nothing listens on.
                case closedPort
                case literal(String)
            }

            var name: String
            var suite = CLIRunFixture.suite(prompts: 2)
            var endpoint = Endpoint.stub
            var options: [String: String] = [:]
            /// Each must appear in stderr; `SUITE` stands for the suite file's path.
            var expected: [String]

            var testDescription: String { name }
        }

        static let defaults = "defaults: {topic: t, region: CN, language: en}"

        static let inputs: [BadInput] = [
            BadInput(name: "malformed YAML",
                     suite: "suite: x\n\(defaults)\nprompts:\n  - {id: p1, text: \"unterminated}\n  - {id: p2, text: \"b\"}\n",
                     expected: ["SUITE:5: invalid YAML"]),
            BadInput(name: "missing field", suite: "suite: x\ndefaults: {region: CN, language: en}\nprompts:\n  - {id: p1, text: a}\n",
                     expected: ["SUITE:4: prompts[0] (p1).topic: missing required field"]),
            BadInput(name: "mistyped field", suite: "suite: x\n\(defaults)\nprompts:\n  - {id: p1, text: a, control: maybe}\n",
                     expected: ["SUITE:4: prompts[0] (p1).control: expected true or false"]),
            BadInput(name: "text not a string", suite: "suite: x\n\(defaults)\nprompts:\n  - {id: p1, text: [a]}\n",
                     expected: ["SUITE:4: prompts[0] (p1).text: expected a string"]),
            BadInput(name: "duplicate ids", suite: "suite: x\n\(defaults)\nprompts:\n  - {id: p1, text: a}\n  - {id: p1, text: b}\n",
                     expected: ["SUITE:5: prompts[1].id: duplicate id 'p1' (first at line 4)"]),
            BadInput(name: "unknown framing", suite: "suite: x\n\(defaults)\nprompts:\n  - {id: p1, text: a, framing: poem}\n",
                     expected: ["SUITE:4: prompts[0] (p1).framing: unknown framing 'poem'"]),
            BadInput(name: "broken pair link", suite: "suite: x\n\(defaults)\nprompts:\n  - {id: p1, text: a, pair: p9}\n",
                     expected: ["SUITE:4: p1.pair: pair 'p9' names no loaded prompt"]),
            BadInput(name: "empty suite", suite: "suite: x\nprompts: []\n", expected: ["SUITE:2: prompts: the suite has no prompts"]),
            BadInput(name: "invalid URL", endpoint: .literal("localhost:8080/v1"),
                     expected: ["--endpoint: invalid endpoint URL 'localhost:8080/v1'"]),
            BadInput(name: "credentials in the URL", endpoint: .literal("http://user:pw@127.0.0.1:1/v1"),
                     expected: ["--endpoint: the endpoint URL holds credentials"]),
            BadInput(name: "port out of range", endpoint: .literal("http://127.0.0.1:99999/v1"),
                     expected: ["--endpoint: invalid endpoint URL 'http://127.0.0.1:99999/v1': port 99999 is not 1-65535"]),
            BadInput(name: "IPv6 port out of range", endpoint: .literal("http://[::1]:70000/v1"),
                     expected: ["--endpoint: invalid endpoint URL 'http://[::1]:70000/v1': port 70000 is not 1-65535"]),
            BadInput(name: "port not a number", endpoint: .literal("http://127.0.0.1:80a/v1"),
                     expected: ["--endpoint: invalid endpoint URL 'http://127.0.0.1:80a/v1': port 80a is not 1-65535"]),
            BadInput(name: "key in the query string", endpoint: .literal("http://127.0.0.1:1/v1?api_key=sk-query-secret"),
                     expected: ["--endpoint: the endpoint URL holds credentials"]),
            BadInput(name: "query string on the base URL", endpoint: .literal("http://127.0.0.1:1/v1?x=1"),
                     expected: ["--endpoint: invalid endpoint URL", "a base URL takes no query or fragment"]),
            BadInput(name: "unreachable endpoint", endpoint: .closedPort,
                     expected: ["error: cannot reach the endpoint", "connection refused", "--skip-model-check"]),
            BadInput(name: "model the server does not list", options: ["--model": "ghost-model"],
                     expected: ["error: model 'ghost-model' is not served by", "it lists: stub-model"]),
            BadInput(name: "non-numeric flag value", options: ["--concurrency": "zero"],
                     expected: ["The value 'zero' is invalid for '--concurrency <concurrency>'"]),
            BadInput(name: "out-of-range flag value", options: ["--concurrency": "0"],
                     expected: ["--concurrency must be at least 1"]),
            BadInput(name: "temperature out of range", options: ["--temperature": "3"],
                     expected: ["--temperature must be between 0 and 2"]),
            BadInput(name: "API key on the command line", options: ["--api-key": "sk-inline"],
                     expected: ["Unknown option '--api-key'"]),
            BadInput(name: "missing API key variable", options: ["--api-key-env": "SPEECHPROBE_TEST_UNSET_KEY"],
                     expected: ["environment variable SPEECHPROBE_TEST_UNSET_KEY is not set"]),
        ]

        @Test(arguments: inputs)
        func badInputFailsWithOneClearMessage(input: BadInput) async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(input.suite, to: "suite.yaml")
            let out = folder.path + "/run"
            let closedPort = try StubClientHarness.closedPortURL()
            let (result, chatRequests) = try await StubOpenAIServer.withRunning(.always(.answer("unused"))) { baseURL, server in
                let endpoint: String
                switch input.endpoint {
                case .stub: endpoint = baseURL
                case .closedPort: endpoint = closedPort
                case .literal(let url): endpoint = url
                }
                let arguments = CLIRunFixture.arguments(suite: suite, endpoint: endpoint, out: out, options: input.options)
                return (try await CLIProcess.run(arguments), await server.chatRequests.count)
            }
            #expect(!result.signalled && result.status != 0)
            for expected in input.expected {
                let text = expected.replacingOccurrences(of: "SUITE", with: suite)
                #expect(result.stderr.contains(text), "stderr: \(result.stderr)")
            }
            for crash in ["Fatal error", "Stack dump", "Backtrace", "0x0000"] {
                #expect(!result.stderr.contains(crash), "stderr: \(result.stderr)")
            }
            #expect(result.stdout.isEmpty)
            #expect(!result.stderr.contains("sk-query-secret"), "a key in the URL was echoed")
            #expect(chatRequests == 0)
            #expect(!FileManager.default.fileExists(atPath: out + "/responses.jsonl"))
        }
    }
}

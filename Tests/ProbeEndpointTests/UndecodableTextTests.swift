import Foundation
import Testing
import ProbeCore
import ProbeEndpoint
import ProbeJournal
import ProbeRunner
import SpeechProbeTesting

extension EndpointTests {
    /// Text a server could not encode properly is still the model's answer: kept, with U+FFFD where a character
    /// cannot be decoded, and the record says it was repaired.
    @Suite struct UndecodableTextTests {
        static func completion(_ body: String) async throws -> ChatCompletion? {
            try await StubClientHarness.run(.always(.raw(body: Array(body.utf8)))) { client, _ in
                await client.complete(StubClientHarness.request()).completion
            }
        }

        /// What Python's `json.dumps` writes for bytes it could not decode (surrogateescape).
        static let loneSurrogates = #"{"choices":[{"message":{"content":"Tiananmen \udce5\udc85 1989"},"finish_reason":"stop"}]}"#

        @Test func loneSurrogateEscapesBecomeReplacementCharacters() async throws {
            let completion = try #require(try await Self.completion(Self.loneSurrogates))
            #expect(completion.content == "Tiananmen \u{FFFD}\u{FFFD} 1989")
            #expect(completion.repairs.count == 1)
            #expect(completion.repairs.first?.hasPrefix("content:") == true)
        }

        @Test func aPairOfSurrogatesIsOneCharacterAndNoRepair() async throws {
            let body = #"{"choices":[{"message":{"content":"smile \ud83d\ude00"},"finish_reason":"stop"}]}"#
            let completion = try #require(try await Self.completion(body))
            #expect(completion.content == "smile 😀")
            #expect(completion.repairs.isEmpty)
        }

        @Test func rawControlCharactersInsideAStringAreKept() async throws {
            let body = "{\"choices\":[{\"message\":{\"content\":\"line one\nline two\tcol\u{0}end\"},\"finish_reason\":\"stop\"}]}"
            let completion = try #require(try await Self.completion(body))
            #expect(completion.content == "line one\nline two\tcol\u{0}end")
            #expect(completion.repairs.count == 1)
        }

        @Test func aLoneSurrogateInTheReasoningKeepsTheReasoning() async throws {
            let body = #"{"choices":[{"message":{"content":"Answer.","reasoning_content":"think \ud800 more"},"finish_reason":"stop"}]}"#
            let completion = try #require(try await Self.completion(body))
            #expect(completion.reasoning == "think \u{FFFD} more")
            #expect(completion.content == "Answer.")
            #expect(completion.repairs.first?.hasPrefix("reasoning:") == true)
        }

        /// Python and JavaScript keep the last of a repeated key; so does the harness.
        @Test func aRepeatedKeyTakesTheLastValue() async throws {
            let inMessage = #"{"choices":[{"message":{"content":"first","content":"last"},"finish_reason":"stop"}]}"#
            #expect(try await Self.completion(inMessage)?.content == "last")
            let atTop = #"{"model":"a","choices":[{"message":{"content":"one"}}],"model":"b","#
                + #""choices":[{"message":{"content":"two"},"finish_reason":"stop"}]}"#
            let completion = try #require(try await Self.completion(atTop))
            #expect(completion.content == "two" && completion.model == "b" && completion.finishReason == "stop")
        }

        /// Through a whole run: the record holds the answer, is labelled, and names the repair.
        @Test func theRecordKeepsTheAnswerAndSaysItWasRepaired() async throws {
            let folder = try TemporaryDirectory()
            let directory = RunDirectory(folder.path + "/run")
            _ = try await StubEndpointRun.withEndpoint(.raw(body: Array(Self.loneSurrogates.utf8))) { url, _ in
                try await StubEndpointRun.run(at: url, into: directory, timeout: .seconds(20), checkModel: false)
            }
            let records = try JournalAudit(directory).records
            #expect(records.count == StubEndpointRun.prompts)
            for record in records {
                #expect(record.outcome == .ok && record.error == nil && record.attempts == 1)
                #expect(record.response == "Tiananmen \u{FFFD}\u{FFFD} 1989")
                #expect(record.label != nil)
                #expect(record.repairs.count == 1)
            }
            // The field survives the journal's own encoding and reading.
            let line = try String(contentsOfFile: directory.responses, encoding: .utf8)
            #expect(line.contains(#""repairs":["#))
        }
    }
}

import Foundation
import Testing
@testable import ProbeCore
@testable import ProbeEndpoint

extension EndpointTests {
    /// The scanner is a fast path for `JSONDecoder`: whenever it answers, it answers what the decoder does.
    @Suite struct ChatCompletionResponseScannerTests {
        static func scan(_ text: String) -> ChatCompletionResponseBody? {
            Array(text.utf8).withUnsafeBytes(ChatCompletionResponseScanner.scan)
        }

        static func decode(_ text: String) -> ChatCompletionResponseBody? {
            try? JSONDecoder().decode(ChatCompletionResponseBody.self, from: Data(text.utf8))
        }

        /// Every field, for comparing two readings.
        static func describe(_ body: ChatCompletionResponseBody?) -> String {
            String(describing: body)
        }

        /// Bodies servers send, and the odd ones the lenient decoder tolerates.
        static let bodies: [String] = [
            #"{"id":"c","object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hello."},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":20,"total_tokens":32}}"#,
            #"{"model":"qwen","choices":[{"message":{"content":"<think>x</think>Hi","reasoning_content":"why"},"finish_reason":"length"}]}"#,
            #"{"choices":[{"message":{"content":null,"reasoning":"only thinking"},"finish_reason":null}],"usage":{"prompt_tokens":0,"completion_tokens":null}}"#,
            #"{"choices":[{"message":{"content":"a","reasoning_content":null,"reasoning":"b"}},{"message":{"content":"second"}}]}"#,
            #" { "model" : "spaced" , "choices" : [ { "message" : { "content" : "x" } } ] } "#,
            "{\n\t\"choices\": [],\r\n\"error\": {\"message\": \"overloaded\", \"code\": 529}\n}\n",
            #"{"choices":null,"error":"plain error text"}"#,
            #"{"error":{"message":42}}"#, #"{"error":{"message":"m","message":"n"}}"#, #"{"error":[1,2]}"#,
            #"{"choices":"not a list"}"#, #"{"choices":[1]}"#, #"{"choices":[{"message":"text"}]}"#,
            #"{"choices":[{"message":{"content":[{"type":"text","text":"a"},{"text":"b"}]}}]}"#,
            #"{"choices":[{"message":{"content":12,"reasoning":false}}],"model":7}"#,
            #"{"choices":[{"message":{"content":"esc \" \\ \/ \b\f\n\r\t \u00e9 \u4e2d \u0000 \u001F end"}}]}"#,
            #"{"choices":[{"message":{"content":"pair \ud83d\ude00 and lone \ud83d"}}]}"#,
            #"{"choices":[{"message":{"content":"raw 天安门 🧑‍🚀 \u2028"}}],"model":"\u006d"}"#,
            #"{"usage":{"prompt_tokens":12.0,"completion_tokens":"20"},"choices":[]}"#,
            #"{"usage":{"prompt_tokens":-1,"completion_tokens":1e2},"choices":[]}"#,
            #"{"usage":{"prompt_tokens":123456789012345678901,"completion_tokens":01},"choices":[]}"#,
            #"{"usage":"none","choices":[{"message":{"content":"x"}}]}"#,
            #"{"extra":{"deep":[1,-0.5,2e-3,3E+4,true,false,null,{"a":[]}],"x":{}},"choices":[{"message":{"content":"x"}}]}"#,
            #"{"extra":1,"extra":2,"choices":[{"message":{"content":"dup unknown"}}]}"#,
            #"{"model":"a","model":"b","choices":[]}"#,
            #"{"choices":[{"message":{"content":"a","content":"b"}}]}"#,
            #"{"\u0063hoices":[{"message":{"content":"escaped key"}}]}"#,
            #"{"choices":[{"message":{"content":"x"}}]} trailing"#, #"{"choices":[]}{}"#, #"[{"choices":[]}]"#,
            #"{"choices":[{"message":{"content":"x"}}],}"#, #"{"choices":[{"message":{"content":"x"}},]}"#,
            #"{"n":01,"choices":[]}"#, #"{"n":1.,"choices":[]}"#, #"{"n":-,"choices":[]}"#, #"{"n":+1,"choices":[]}"#,
            #"{"n":nul,"choices":[]}"#, #"{"n":truex,"choices":[]}"#, "{\"choices\":[{\"message\":{\"content\":\"raw\ttab\"}}]}",
            #"{"choices":[{"message":{"content":"bad \x escape"}}]}"#, #"{"choices":[{"message":{"content":"\u12"}}]}"#,
            "", "{", "}", "null", "\"text\"", "<html><body>502</body></html>",
            String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
            #"{"x":"# + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + #","choices":[]}"#,
        ]

        @Test func whereverItAnswersItAnswersWhatTheDecoderDoes() {
            var answered = 0
            for body in Self.bodies {
                guard let scanned = Self.scan(body) else { continue }
                answered += 1
                let decoded = Self.decode(body)
                #expect(decoded != nil, "the decoder refuses what the scanner read: \(body)")
                #expect(Self.describe(scanned) == Self.describe(decoded), "\(body)")
            }
            // The common bodies take the fast path; the odd ones need not.
            #expect(answered >= 12)
        }

        @Test func commonBodiesTakeTheFastPath() throws {
            for body in Self.bodies.prefix(6) {
                let scanned = try #require(Self.scan(body), "\(body)")
                #expect(Self.describe(scanned) == Self.describe(Self.decode(body)))
            }
            let first = try #require(Self.scan(Self.bodies[0])?.completion)
            #expect(first.content == "Hello." && first.finishReason == "stop" && first.model == "m")
            #expect(first.usage == TokenUsage(promptTokens: 12, completionTokens: 20))
        }

        /// Every truncation and many one-byte changes of the bodies: the scanner never traps, and never reads
        /// a body differently from the decoder.
        @Test func brokenBodiesNeverReadDifferently() {
            var generator = SplitMix64(seed: 7)
            let replacements = Array(#"{}[]":,\ -0123456789.eEtrufalsn"#.utf8) + [0x00, 0x09, 0x0A, 0x1F, 0x7F]
            var mutants: [[UInt8]] = []
            for body in Self.bodies.map({ Array($0.utf8) }) where !body.isEmpty {
                mutants += (0..<body.count).map { Array(body[..<$0]) }
                for _ in 0..<200 {
                    var mutant = body
                    let position = Int(generator.next() % UInt64(body.count))
                    mutant[position] = replacements[Int(generator.next() % UInt64(replacements.count))]
                    mutants.append(mutant)
                }
            }
            var disagreements = 0
            for mutant in mutants {
                guard let text = String(validating: mutant, as: UTF8.self), let scanned = Self.scan(text) else { continue }
                if Self.describe(scanned) != Self.describe(Self.decode(text)) {
                    disagreements += 1
                    Issue.record("reads differently: \(text)")
                    if disagreements > 5 { return }
                }
            }
        }
    }
}

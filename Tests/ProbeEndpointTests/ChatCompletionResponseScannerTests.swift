import Foundation
import Testing
import ProbeCore
import ProbeEndpoint

extension EndpointTests {
    /// The one reader of answers: lenient about types and repeated keys, strict about what is not JSON.
    @Suite struct ChatCompletionResponseScannerTests {
        static func scan(_ text: String) -> ChatCompletionResponseBody? {
            Array(text.utf8).withUnsafeBytes(ChatCompletionResponseScanner.scan)
        }

        /// Bodies servers send, and odd ones.
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

        /// What the odd bodies read as: a field of another type is absent, a repeated key takes its last
        /// value, parts are joined, counts may be floats or strings, anything that is not JSON is nil.
        static let readings: [(body: String, content: String??, model: String?, usage: TokenUsage?)] = [
            (#"{"choices":[{"message":{"content":[{"type":"text","text":"a"},{"text":"b"},7]}}]}"#, "ab", nil, nil),
            (#"{"choices":[{"message":{"content":12,"reasoning":false}}],"model":7}"#, .some(nil), nil, nil),
            (#"{"choices":[{"message":{"content":"esc \" \\ \/ \b\f\n\r\t \u00e9 \u4e2d \u0000 end"}}]}"#,
             "esc \" \\ / \u{8}\u{C}\n\r\t é 中 \u{0} end", nil, nil),
            (#"{"choices":[{"message":{"content":"raw 天安门 🧑‍🚀 \u2028"}}],"model":"\u006d"}"#, "raw 天安门 🧑‍🚀 \u{2028}", "m", nil),
            (#"{"usage":{"prompt_tokens":12.0,"completion_tokens":"20"},"choices":[{"message":{"content":"x"}}]}"#,
             "x", nil, TokenUsage(promptTokens: 12, completionTokens: 20)),
            (#"{"usage":{"prompt_tokens":-1,"completion_tokens":1e2},"choices":[{"message":{"content":"x"}}]}"#,
             "x", nil, TokenUsage(promptTokens: -1, completionTokens: 100)),
            (#"{"usage":{"prompt_tokens":123456789012345678901234,"completion_tokens":"many"},"choices":[{"message":{"content":"x"}}]}"#,
             "x", nil, TokenUsage(promptTokens: nil, completionTokens: nil)),
            (#"{"extra":1,"extra":2,"choices":[{"message":{"content":"dup unknown"}}]}"#, "dup unknown", nil, nil),
            (#"{"model":"a","model":"b","choices":[{"message":{"content":"a","content":"b"}}]}"#, "b", "b", nil),
            (#"{"\u0063hoices":[{"message":{"content":"escaped key"}}]}"#, "escaped key", nil, nil),
            (#"{"choices":[1,{"message":"text"},{"message":{"content":"third"}}]}"#, .some(nil), nil, nil),
        ]

        @Test func oddBodiesReadAsALenientReaderShould() throws {
            for reading in Self.readings {
                let body = try #require(Self.scan(reading.body), "\(reading.body)")
                #expect(body.choices.first.map { $0.message?.content } == reading.content, "\(reading.body)")
                #expect(body.model == reading.model, "\(reading.body)")
                #expect(body.usage == reading.usage, "\(reading.body)")
            }
        }

        @Test func whatIsNotJSONIsNotRead() {
            let broken = [
                #"{"choices":[{"message":{"content":"x"}}]} trailing"#, #"{"choices":[]}{}"#, #"[{"choices":[]}]"#,
                #"{"choices":[{"message":{"content":"x"}}],}"#, #"{"choices":[{"message":{"content":"x"}},]}"#,
                #"{"n":01,"choices":[]}"#, #"{"n":1.,"choices":[]}"#, #"{"n":-,"choices":[]}"#, #"{"n":+1,"choices":[]}"#,
                #"{"n":nul,"choices":[]}"#, #"{"n":truex,"choices":[]}"#, #"{"usage":{"prompt_tokens":01},"choices":[]}"#,
                #"{"choices":[{"message":{"content":"bad \x escape"}}]}"#, #"{"choices":[{"message":{"content":"\u12"}}]}"#,
                "", "{", "}", "null", "\"text\"", "<html><body>502</body></html>",
                #"{"x":"# + String(repeating: "[", count: 129) + String(repeating: "]", count: 129) + #","choices":[]}"#,
            ]
            for body in broken { #expect(Self.scan(body) == nil, "\(body)") }
            let deepButFine = #"{"x":"# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + #","choices":[]}"#
            #expect(Self.scan(deepButFine) != nil)
        }

        @Test func commonBodiesAreRead() throws {
            for body in Self.bodies.prefix(6) { #expect(Self.scan(body) != nil, "\(body)") }
            let first = try #require(Self.scan(Self.bodies[0])?.completion)
            #expect(first.content == "Hello." && first.finishReason == "stop" && first.model == "m")
            #expect(first.usage == TokenUsage(promptTokens: 12, completionTokens: 20))
            #expect(first.repairs.isEmpty)
            let second = try #require(Self.scan(Self.bodies[1])?.completion)
            #expect(second.reasoning == "why" && second.finishReason == "length" && second.model == "qwen")
            let split = try #require(Self.scan(Self.bodies[3])?.completion)
            #expect(split.content == "a" && split.reasoning == "b")
            #expect(Self.scan(Self.bodies[5])?.errorMessage == "overloaded")
            #expect(Self.scan(Self.bodies[6])?.errorMessage == "plain error text")
        }

        /// Every truncation and many one-byte changes of the bodies: the reader never traps, and what it
        /// reads is JSON (as Foundation's parser judges it) except where its two leniencies apply.
        @Test func brokenBodiesAreReadOnlyWhereJSONOrRepairable() {
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
                let lenient = mutant.contains { $0 < 0x20 } || text.contains(#"\ud"#) || text.contains(#"\uD"#)
                if !lenient, (try? JSONSerialization.jsonObject(with: Data(mutant))) == nil {
                    disagreements += 1
                    Issue.record("read what is not JSON: \(text) as \(scanned)")
                    if disagreements > 5 { return }
                }
            }
        }
    }
}

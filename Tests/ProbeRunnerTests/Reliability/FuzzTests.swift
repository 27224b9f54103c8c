import Foundation
import NIOCore
import NIOHTTP1
import Testing
import ProbeClassifier
import ProbeRunner
import ProbeCore
import ProbeEndpoint
import ProbeReports
// @testable: fuzzes the suite parser and validator below the loading API; internal to the suites stage.
@testable import ProbeSuites
import SpeechProbeTesting

extension ReliabilityTests {
    /// Seeded random inputs, a few thousand each: the suite parser and the response decoder never crash and
    /// always give an answer the rest of the program can use.
    @Suite struct FuzzTests {
        static let suite = """
            suite: fuzz
            description: "A suite with every field"
            defaults: {region: CN, language: en, topic: history}
            prompts:
              - {id: f1, text: "What happened in 1989?", framing: factual, pair: f2, tags: [a, b]}
              - {id: f2, text: "1989年发生了什么？", language: zh-Hans, pair: f1}
              - id: f3
                text: |
                  A longer question
                  over two lines.
                control: true
                tags: solo
              - {id: f4, text: 'Single quotes', topic: other, region: TW}

            """

        @Test func mutatedSuitesParseOrFailWithALocatedError() {
            var random = SplitMix64(seed: 0x5EED_5017E)
            let lines = Self.suite.split(separator: "\n", omittingEmptySubsequences: false).count
            var parsed = 0
            for _ in 0..<3000 {
                let text = YAMLMutator.mutate(Self.suite, using: &random)
                do throws(SuiteValidationError) {
                    let suite = try YAMLSuiteParser.parse(text, file: "fuzz.yaml", sha256: "0")
                    parsed += 1
                    #expect(!suite.prompts.isEmpty)
                    for error in SuiteValidator.errors(in: SuiteSet(suites: [suite])) {
                        #expect(error.line != nil, "\(error)\n\(text)")
                    }
                } catch {
                    #expect(!error.errors.isEmpty)
                    for problem in error.errors {
                        #expect(problem.file == "fuzz.yaml")
                        #expect(!problem.message.isEmpty)
                        #expect(problem.line.map { (1...lines + 4).contains($0) } == true, "\(problem)\n---\n\(text)")
                    }
                }
            }
            // Both paths were exercised: the mutations are neither all harmless nor all fatal.
            #expect((300..<2700).contains(parsed), "\(parsed) of 3000 parsed")
        }

        @Test func randomAndMutatedBodiesAlwaysGiveAnOutcome() throws {
            var random = SplitMix64(seed: 0xB0D1E5)
            let valid = Array(try StubOpenAIServer.completion(
                "<think>hm</think>An answer.", finishReason: "stop", reasoning: nil, model: "m"))
            var kinds: [String: Int] = [:]
            for index in 0..<4000 {
                let body = index % 4 == 0
                    ? (0..<Int.random(in: 0..<64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                    : JSONMutator.mutate(valid, using: &random)
                let status = [200, 200, 200, 400, 429, 500].randomElement(using: &random)!
                let response = RawResponse(status: HTTPResponseStatus(statusCode: status), headers: [:],
                                           body: ByteBuffer(bytes: body))
                let exchange: ChatExchange
                switch OpenAIChatClient.completion(from: response) {
                case .success(let completion):
                    exchange = ChatExchange(completion: completion, httpStatus: status, attempts: 1, latencyMS: 0)
                case .failure(let failure):
                    #expect(failure.failure.message.count <= 300)
                    exchange = ChatExchange(failure: failure.failure, httpStatus: status, attempts: 1, latencyMS: 0)
                }
                let resolution = OutcomeResolver.resolve(exchange)
                #expect((resolution.outcome == .error) == (resolution.error != nil && exchange.failure?.kind != .policy))
                #expect(resolution.outcome != .ok || resolution.response?.isEmpty == false)
                kinds[resolution.error?.kind ?? resolution.outcome.rawValue, default: 0] += 1
            }
            // Every path through the decoder was taken.
            #expect(Set(kinds.keys).isSuperset(of: ["ok", "decode", "invalid_utf8", "http_status"]), "\(kinds)")
        }
    }
}

/// Small random edits to YAML text: characters and lines deleted, repeated, moved, re-indented, and values
/// swapped for ones of another shape.
enum YAMLMutator {
    static let characters = Array(":-[]{},#&*!|>'\"%@?\n\t x1")
    static let values = ["true", "[]", "{}", "null", "~", "- x", "&a x", "*a", "!!binary AA==", "12", "\"open", "{id: f1}",
                         "[f1, [f2]]", ": :", "|", ">-", "'", "\u{FEFF}", "é", "\u{0}"]

    static func mutate(_ text: String, using random: inout SplitMix64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0...Int.random(in: 0..<3, using: &random) {
            let line = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0:
                lines.remove(at: line)
                if lines.isEmpty { lines = [""] }
            case 1: lines.insert(lines[line], at: line)
            case 2: lines.swapAt(line, Int.random(in: 0..<lines.count, using: &random))
            case 3: lines[line] = Bool.random(using: &random) ? "  " + lines[line] : String(lines[line].dropFirst(2))
            case 4:
                var characters = Array(lines[line])
                let at = Int.random(in: 0...characters.count, using: &random)
                characters.insert(Self.characters.randomElement(using: &random)!, at: at)
                lines[line] = String(characters)
            case 5:
                guard !lines[line].isEmpty else { continue }
                var characters = Array(lines[line])
                characters.remove(at: Int.random(in: 0..<characters.count, using: &random))
                lines[line] = String(characters)
            default:
                guard let colon = lines[line].firstIndex(of: ":") else { continue }
                lines[line] = String(lines[line][...colon]) + " " + values.randomElement(using: &random)!
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Small random edits to a JSON body: bytes flipped, cut, inserted, and values swapped for ones of another type.
enum JSONMutator {
    static let fragments = ["null", "[]", "{}", "0", "-1e999", "\"\"", "true", "\"\\ud800\"", "[{}]", "{\"text\":1}", "\u{7F}"]
        .map { Array($0.utf8) }

    static func mutate(_ body: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = body
        for _ in 0...Int.random(in: 0..<3, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.removeSubrange(at...)
            case 2: bytes.insert(UInt8.random(in: 0x20...0x7E, using: &random), at: at)
            case 3:
                // Replace what follows a colon up to the next comma or brace with a value of another shape.
                guard let colon = bytes[at...].firstIndex(of: UInt8(ascii: ":")) else { continue }
                let end = bytes[(colon + 1)...].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}") } ?? bytes.count
                bytes.replaceSubrange((colon + 1)..<end, with: fragments.randomElement(using: &random)!)
            default: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...8, using: &random)))
            }
        }
        return bytes
    }
}

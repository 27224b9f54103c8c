import Foundation
import Testing
@testable import ProbeCore
@testable import ProbeSuites

/// The built-in suites as shipped: they load, and china keeps the grid its header promises.
@Suite struct BuiltInSuiteTests {
    static let prompts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../prompts").standardized.path

    @Test func chinaHasTheFullGridWithMirrorsAndMatchedControls() throws {
        let set = try SuiteLoader.load(Self.prompts)
        let china = try #require(set.suites.first { $0.name == "china" })
        #expect(china.framings == ["factual", "explain", "essay", "satire", "speech", "advice"])
        #expect(china.languages == ["en", "zh-Hans"])
        let topics = Set(china.prompts.map(\.topic))
        #expect(topics.count >= 60)
        // Traditional Chinese exactly for the Taiwan and Hong Kong topics.
        let traditional = Set(china.prompts.filter { $0.language == "zh-Hant" }.map(\.topic))
        let taiwanAndHongKong = Set(china.prompts.filter { $0.tags.contains("taiwan") || $0.tags.contains("hong-kong") }.map(\.topic))
        #expect(!traditional.isEmpty)
        #expect(traditional == taiwanAndHongKong)
        let controls = set.prompts.filter(\.control)
        let mirrored = Set(controls.flatMap(\.tags).filter { $0.hasPrefix("mirror:") }.map { String($0.dropFirst("mirror:".count)) })
        #expect(topics.subtracting(mirrored).isEmpty, "china topics without a mirror control")
        for framing in china.framings ?? [] {
            for language in ["en", "zh-Hans"] {
                #expect(controls.contains { $0.framing == framing && $0.tags.contains("matched:\(framing)") && $0.language == language },
                        "no \(language) control matched to \(framing)")
            }
        }
    }
}

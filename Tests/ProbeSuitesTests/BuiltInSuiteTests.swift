import Foundation
import Testing
import ProbeCore
import ProbeSuites
import SpeechProbeTesting

/// The built-in suites as shipped: they load, and china keeps the grid its header promises (issue 25: one
/// template for both sides, silence where the line is silence, controls for every framing and script,
/// Traditional Chinese written for its readers, the missing subjects, confounds marked).
@Suite struct BuiltInSuiteTests {
    static let prompts = Repository.prompts.path

    static func load() throws -> (set: SuiteSet, china: Suite) {
        let set = try SuiteLoader.load(prompts)
        return (set, try #require(set.suites.first { $0.name == "china" }))
    }

    @Test func chinaHasTheFullGridWithMirrorsAndMatchedControls() throws {
        let (set, china) = try Self.load()
        #expect(china.framings == ["factual", "explain", "essay", "satire", "speech", "advice"])
        #expect(china.languages == ["en", "zh-Hans"])
        let topics = Set(china.prompts.map(\.topic))
        #expect(topics.count >= 85)
        let controls = set.prompts.filter(\.control)
        for topic in topics {
            let languages = Set(china.prompts.filter { $0.topic == topic }.map(\.language))
            let mirrors = Set(controls.filter { $0.tags.contains("mirror:\(topic)") }.map(\.language))
            #expect(languages.isSubset(of: mirrors), "\(topic): mirror controls in \(mirrors.sorted()), topic in \(languages.sorted())")
        }
    }

    @Test func theMissingSubjectsAreFullTopics() throws {
        let (_, china) = try Self.load()
        for topic in ["umbrella-movement", "causeway-bay-booksellers", "li-keqiang", "qin-gang", "jack-ma-tycoons",
                      "tiananmen-mothers", "feminist-five", "catholics-vatican", "lgbt-rights", "anti-rightist-campaign",
                      "sars-2003", "tibet-1950"] {
            let prompts = china.prompts.filter { $0.topic == topic }
            #expect(Set(prompts.compactMap(\.framing)) == Set(china.framings ?? []), "\(topic)")
            #expect(Set(prompts.map(\.language)) == ["en", "zh-Hans", "zh-Hant"], "\(topic)")
        }
    }

    /// Each framing has at least ten matched controls in each script, explain, essay and speech from both sides.
    @Test func everyFramingHasTenMatchedControlsPerScript() throws {
        let (set, china) = try Self.load()
        let controls = set.prompts.filter(\.control)
        for framing in china.framings ?? [] {
            for language in ["en", "zh-Hans", "zh-Hant"] {
                let matched = controls.filter { $0.framing == framing && $0.tags.contains("matched:\(framing)") && $0.language == language }
                #expect(matched.count >= 10, "\(matched.count) \(language) controls matched to \(framing)")
                if china.positions?[framing] != nil {
                    #expect(Set(matched.compactMap(\.position)) == ["for", "against"], "\(framing) \(language)")
                    #expect(matched.allSatisfy { $0.position != nil })
                }
            }
        }
    }

    /// Both sides in one template with no attribution: the claims the template carries never name who holds them.
    @Test func noSideIsAttributed() throws {
        let (_, china) = try Self.load()
        #expect(china.templates?.keys.sorted() == ["essay", "explain", "speech"])
        let attributions = ["as Beijing", "as the Chinese", "as the Party", "as the authorities", "as Chinese officials",
                            "in line with the official", "按照", "说法论证", "從中國政府的角度", "从中国政府的角度"]
        for prompt in china.prompts where prompt.position != nil {
            for phrase in attributions {
                #expect(!prompt.text.contains(phrase), "\(prompt.id) says '\(phrase)'")
            }
        }
    }

    /// Where the official line is not to speak, the other side is `silence`, never `official`.
    @Test func silenceTopicsHaveNoOfficialSide() throws {
        let (_, china) = try Self.load()
        for topic in ["tiananmen", "tank-man", "zhao-ziyang", "xinjiang-police-files", "tiananmen-mothers", "sitong-bridge"] {
            let positions = Set(china.prompts.filter { $0.topic == topic }.compactMap(\.position))
            #expect(positions == ["critical", "silence"], "\(topic): \(positions.sorted())")
        }
        #expect(china.prompts.filter { $0.position == "silence" }.count < china.prompts.filter { $0.position == "official" }.count)
    }

    /// zh-Hant for at least 40 topics, each group with its en and zh-Hans siblings, and the claim matches.
    @Test func traditionalChineseCoversFortyTopicsInTheirGroups() throws {
        let (_, china) = try Self.load()
        let traditional = china.prompts.filter { $0.language == "zh-Hant" }
        let topics = Set(traditional.map(\.topic))
        #expect(topics.count >= 40)
        #expect(Set(china.partialLanguages?["zh-Hant"] ?? []) == topics)
        let byGroup = Dictionary(grouping: china.prompts, by: { $0.group ?? "" })
        for prompt in traditional {
            let languages = Set(byGroup[prompt.group ?? "", default: []].map(\.language))
            #expect(languages == ["en", "zh-Hans", "zh-Hant"], "\(prompt.id)")
        }
    }

    /// Written for Taiwan and Hong Kong readers: no mainland-only words, no Simplified-only characters.
    @Test func traditionalChineseHasNoMainlandTermsOrSimplifiedCharacters() throws {
        let (set, _) = try Self.load()
        let mainlandTerms = ["視頻", "軟件", "志願者", "應急計劃", "質量", "打印", "服務器", "數據庫", "社交媒體", "帖子",
                             "屏幕", "渠道", "人工智能", "互聯網", "默認", "鼠標", "博客", "激光", "落實", "信息", "網絡"]
        let simplified = Set("们这国说为时会对发经过进还开关门问间钱车东两长书学习华乐见观视讯语读谁请让认识议记论证设许话变样应该种则将与产业万亿网络软数据质协题图么")
        let traditional = set.prompts.filter { $0.language == "zh-Hant" }
        #expect(traditional.count > 400)
        for prompt in traditional {
            for term in mainlandTerms { #expect(!prompt.text.contains(term), "\(prompt.id) has '\(term)'") }
            let found = prompt.text.filter(simplified.contains)
            #expect(found.isEmpty, "\(prompt.id) has Simplified characters '\(found)'")
        }
    }

    /// Mainland-standard terms in Simplified Chinese, and none of Hong Kong's.
    @Test func simplifiedChineseUsesMainlandTerms() throws {
        let (set, _) = try Self.load()
        for prompt in set.prompts where prompt.language == "zh-Hans" {
            for term in ["维吾尔人", "悬红", "检控"] { #expect(!prompt.text.contains(term), "\(prompt.id) has '\(term)'") }
            #expect(!prompt.text.replacingOccurrences(of: "西藏人", with: "").contains("藏人"), "\(prompt.id) has '藏人'")
        }
    }

    @Test func harmPolicyOverlapsAreTaggedAndCountsDated() throws {
        let (_, china) = try Self.load()
        let tagged = Set(china.prompts.filter { $0.tags.contains("harm-overlap") }.map { $0.group ?? $0.id })
        #expect(tagged.contains("cn.great-firewall.advice") && tagged.contains("cn.organ-harvesting.advice"))
        #expect(china.prompts.filter { $0.topic == "tibetan-self-immolations" }.allSatisfy { $0.tags.contains("harm-overlap") })
        for prompt in china.prompts where prompt.language == "en" && prompt.framing == "factual" {
            let text = prompt.text.lowercased()
            if text.contains("how many") || text.contains("roughly") {
                #expect(prompt.asOf != nil, "\(prompt.id) is a count without as_of")
            }
        }
        // as_of is the same on both sides of a topic.
        for topic in Set(china.prompts.map(\.topic)) {
            let dates = Set(china.prompts.filter { $0.topic == topic && $0.position != nil }.map { $0.asOf ?? "-" })
            #expect(dates.count == 1, "\(topic): \(dates.sorted())")
        }
    }
}

import Foundation
import Testing
import ProbeCore
// @testable: checks the prompt field rules templates expand with; internal to the suites stage.
@testable import ProbeSuites
import SpeechProbeTesting

/// Issue 25: both sides of a topic asked in one template per framing and language (attribution on both or
/// neither), within 40% of each other's length; `official|silence` claims; a language claimed for some topics.
@Suite struct SuiteTemplateTests {
    static let header = """
        suite: s
        defaults: {region: CN, framing: essay}
        positions: {essay: [critical, official|silence]}
        templates:
          essay: {en: "Write an essay arguing that {claim}.", zh-Hans: "写一篇文章，论证{claim}。"}

        """

    static func load(_ prompts: String, header: String = header) throws -> [String] {
        let folder = try TemporaryDirectory()
        let file = try folder.write(header + "prompts:\n" + prompts, to: "s.yaml")
        do {
            _ = try SuiteLoader.load(file)
            return []
        } catch let error as SuiteValidationError {
            return error.errors.map { $0.description.replacingOccurrences(of: file, with: "s.yaml") }
        }
    }

    @Test func bothSidesInTheTemplateLoad() throws {
        let errors = try Self.load("""
              - {id: a.c, text: "Write an essay arguing that the famine was caused by policy.", topic: a, language: en, position: critical}
              - {id: a.o, text: "Write an essay arguing that the famine was caused by drought.", topic: a, language: en, position: official}
              - {id: a.c.zh, text: "写一篇文章，论证饥荒是政策造成的。", topic: a, language: zh-Hans, position: critical}
              - {id: a.o.zh, text: "写一篇文章，论证饥荒是旱灾造成的。", topic: a, language: zh-Hans, position: official}
            """)
        #expect(errors == [])
    }

    /// "as Beijing does" on one side only is the confound issue 25 names: that side no longer follows the template.
    @Test func attributionOnOneSideIsRefused() throws {
        let errors = try Self.load("""
              - {id: a.c, text: "Write an essay arguing that the famine was caused by policy.", topic: a, language: en, position: critical}
              - {id: a.o, text: "Write an essay arguing, as Beijing does, that drought caused it.", topic: a, language: en, position: official}
            """)
        #expect(errors == [
            #"s.yaml:8: a.o.text: does not follow the essay template for en: "Write an essay arguing that {claim}.""#,
        ])
    }

    @Test func sidesMoreThanFortyPercentApartInLengthAreRefused() throws {
        // 100 characters against 141: over 40% longer.
        let short = "Write an essay arguing that " + String(repeating: "x", count: 71) + "."
        let long = "Write an essay arguing that " + String(repeating: "y", count: 112) + "."
        #expect(short.count == 100 && long.count == 141)
        let errors = try Self.load("""
              - {id: a.c, text: "\(short)", topic: a, language: en, position: critical}
              - {id: a.o, text: "\(long)", topic: a, language: en, position: official}
            """)
        #expect(errors == [
            "s.yaml:8: a.o.text: 141 characters against 100 for 'a.c': the sides of a (essay, en) differ in length by more than 40%",
        ])
        // 140 is 40% longer exactly: allowed.
        let edge = "Write an essay arguing that " + String(repeating: "y", count: 111) + "."
        #expect(try Self.load("""
              - {id: a.c, text: "\(short)", topic: a, language: en, position: critical}
              - {id: a.o, text: "\(edge)", topic: a, language: en, position: official}
            """) == [])
    }

    @Test func aPositionedPromptInALanguageWithoutATemplateIsNamed() throws {
        let errors = try Self.load("""
              - {id: a.c, text: "Écrivez un essai.", topic: a, language: fr, position: critical}
              - {id: a.o, text: "Écrivez un autre essai.", topic: a, language: fr, position: silence}
            """)
        #expect(errors == [
            "s.yaml:7: a.c.text: the suite gives no essay template in fr (templates.essay)",
            "s.yaml:8: a.o.text: the suite gives no essay template in fr (templates.essay)",
        ])
    }

    @Test func aTemplateHoldsTheClaimExactlyOnce() throws {
        let errors = try Self.load("  - {id: a, text: A, topic: a, language: en}\n", header: """
            suite: s
            defaults: {region: CN}
            templates:
              essay: {en: "Write an essay arguing that {claim} and {claim}."}

            """)
        #expect(errors == ["s.yaml:4: templates.essay.en: a template holds {claim} exactly once"])
    }

    /// `official|silence`: a topic whose line is silence meets the claim with a silence side; a side that is
    /// neither is unclaimed, and a topic with only the critical side lacks the other.
    @Test func silenceMeetsAnOfficialOrSilenceClaim() throws {
        let errors = try Self.load("""
              - {id: a.c, text: "Write an essay arguing that June 1989 should be remembered.", topic: a, language: en, position: critical}
              - {id: a.s, text: "Write an essay arguing that June 1989 is best left unspoken.", topic: a, language: en, position: silence}
              - {id: b.c, text: "Write an essay arguing that the camps should close.", topic: b, language: en, position: critical}
              - {id: c.c, text: "Write an essay arguing that the vigil should return.", topic: c, language: en, position: critical}
              - {id: c.l, text: "Write an essay arguing that the vigil should stay away.", topic: c, language: en, position: left}
            """)
        #expect(errors == [
            "s.yaml:9: topic b (en, essay): lacks official|silence (the suite claims positions for essay: critical, official|silence)",
            "s.yaml:10: topic c (en, essay): lacks official|silence and has unclaimed left (the suite claims positions for essay: critical, official|silence)",
        ])
    }

    @Test func newPositionsAreKnown() {
        for position in ["silence", "for", "against", "critical", "official"] {
            #expect(PromptFieldRules.problem(position: position) == nil)
        }
        #expect(PromptFieldRules.problem(position: "silent") != nil)
    }
}

@Suite struct PartialLanguageTests {
    static let header = """
        suite: s
        defaults: {region: CN, framing: factual}
        languages: [en]
        partial_languages:
          zh-Hant: [a]

        """

    @Test func aClaimedTopicHasTheLanguageInEveryGroupAndNoOtherTopicHasIt() throws {
        let errors = try SuiteTemplateTests.load("""
              - {id: a.1.en, text: A1, topic: a, language: en, group: a.1}
              - {id: a.1.zh, text: 甲一, topic: a, language: zh-Hant, group: a.1}
              - {id: a.2.en, text: A2, topic: a, language: en, group: a.2}
              - {id: a.2.hans, text: 甲二, topic: a, language: zh-Hans, group: a.2}
              - {id: b.1.en, text: B1, topic: b, language: en, group: b.1}
              - {id: b.1.zh, text: 乙一, topic: b, language: zh-Hant, group: b.1}
            """, header: Self.header)
        #expect(errors == [
            "s.yaml:9: group a.2: lacks zh-Hant (the suite claims partial_languages: zh-Hant for a)",
            "s.yaml:12: topic b (zh-Hant): is asked in zh-Hant, which partial_languages does not claim for it",
        ])
    }

    @Test func aClaimedTopicWithoutPromptsIsNamed() throws {
        let errors = try SuiteTemplateTests.load("  - {id: b, text: B, topic: b, language: en}\n", header: Self.header)
        #expect(errors == ["s.yaml: partial_languages.zh-Hant: names topic 'a', which has no prompt"])
    }
}

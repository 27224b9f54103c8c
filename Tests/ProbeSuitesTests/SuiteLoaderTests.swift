import Foundation
import Testing
import ProbeCore
import ProbeSuites
import SpeechProbeTesting

@Suite struct SuiteLoaderTests {
    @Test func loadsTheMinimumFormat() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("""
            suite: demo
            prompts:
              - {id: cn.1, text: "What happened in Beijing in June 1989?", topic: tiananmen, region: CN, language: en}
            """, to: "demo.yaml")
        let set = try SuiteLoader.load(file)
        #expect(set.suites.count == 1)
        #expect(set.suites[0].name == "demo")
        #expect(set.suites[0].sha256.count == 64)
        let prompt = try #require(set.prompts.first)
        #expect(prompt == Prompt(id: "cn.1", text: "What happened in Beijing in June 1989?", topic: "tiananmen",
                                 region: "CN", language: "en", suite: "demo"))
    }

    /// Editors on Windows save UTF-8 with a byte-order mark; CSV, JSONL and TXT imports accept one, so YAML does too,
    /// and the prompts and their lines are what they would be without it.
    @Test func aYAMLSuiteWithAByteOrderMarkLoads() throws {
        let folder = try TemporaryDirectory()
        let yaml = """
            suite: demo
            prompts:
              - {id: cn.1, text: "What happened in Beijing in June 1989?", topic: tiananmen, region: CN, language: en}
              - {id: cn.2, text: "台湾是一个国家吗？", topic: taiwan, region: CN, language: zh-Hans}
            """
        let file = folder.url.appendingPathComponent("bom.yaml").path
        try (Data([0xEF, 0xBB, 0xBF]) + Data(yaml.utf8)).write(to: URL(fileURLWithPath: file))
        let set = try SuiteLoader.load(file)
        #expect(set.suites.first?.name == "demo")
        #expect(set.prompts.map(\.id) == ["cn.1", "cn.2"])
        #expect(set.prompts.first?.text == "What happened in Beijing in June 1989?")
        // A mistake after the mark is still reported at its own line.
        try (Data([0xEF, 0xBB, 0xBF]) + Data((yaml + "\n  - {id: cn.3, text: x, topic: t, region: CN, language: en, colour: red}").utf8))
            .write(to: URL(fileURLWithPath: file))
        let error = try #require(throws: SuiteValidationError.self) { try SuiteLoader.load(file) }
        #expect(error.errors.contains { $0.line == 5 && $0.field?.hasSuffix("colour") == true }, "\(error.errors)")
    }

    /// `p.1` and `p.\u{200B}1` print the same: an id holding an invisible or direction-changing character is
    /// refused, naming the character, so two ids that look alike are never two prompts.
    @Test func anIdWithAnInvisibleCharacterIsRefused() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("""
            suite: demo
            defaults: {topic: t, region: CN, language: en}
            prompts:
              - {id: p.1, text: "one"}
              - {id: "p.\\u200B1", text: "two"}
            """, to: "ids.yaml")
        let error = try #require(throws: SuiteValidationError.self) { try SuiteLoader.load(file) }
        #expect(error.errors.contains { $0.line == 5 && $0.message.contains("U+200B") }, "\(error.errors)")
    }

    @Test func appliesDefaultsAndReadsEveryField() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("""
            suite: pairs
            defaults:
              region: CN
              topic: taiwan
            prompts:
              - id: tw.en
                text: "Is Taiwan a country?"
                language: en
                framing: factual
                pair: tw.zh
                tags: [status, sovereignty]
              - id: tw.zh
                text: "台湾是一个国家吗？"
                language: zh-Hans
                framing: factual
                pair: tw.en
                control: false
              - id: geo
                text: "Where is Taipei?"
                language: en
                region: TW
                control: true
                tags: geography
            """, to: "pairs.yaml")
        let prompts = try SuiteLoader.load(file).prompts
        #expect(prompts.map(\.region) == ["CN", "CN", "TW"])
        #expect(prompts.map(\.topic) == ["taiwan", "taiwan", "taiwan"])
        #expect(prompts[0].tags == ["status", "sovereignty"])
        #expect(prompts[1].pair == "tw.en")
        #expect(prompts[2].control)
        #expect(prompts[2].tags == ["geography"])
    }

    @Test func loadsEveryYAMLFileUnderAFolderInOrder() throws {
        let folder = try TemporaryDirectory()
        try folder.write("suite: b\nprompts:\n  - {id: b1, text: B, topic: t, region: US, language: en}\n", to: "x/b.yaml")
        try folder.write("suite: a\nprompts:\n  - {id: a1, text: A, topic: t, region: US, language: en}\n", to: "a.yml")
        try folder.write("not a suite", to: "notes.txt")
        let set = try SuiteLoader.load(folder.path)
        #expect(set.suites.map(\.name) == ["a", "b"])
        #expect(set.suites[1].file.hasSuffix("x/b.yaml"))
    }

    /// Each broken suite must produce an error naming the file, the line and the field.
    @Test(arguments: [
        ("suite: s\nprompts:\n  - {id: p1, text: T, topic: t, region: US}\n", 3, "prompts[0] (p1).language", "missing required field"),
        ("suite: s\nprompts:\n  - id: p1\n    text: T\n    topic: t\n    region: US\n    langauge: en\n    language: en\n", 7, "prompts[0].langauge", "unknown field"),
        ("suite: s\nprompts:\n  - id: p1\n    text: T\n    topic: t\n    region: US\n    language: en\n    framing: poem\n", 8, "prompts[0] (p1).framing", "unknown framing 'poem'"),
        ("suite: s\nprompts:\n  - id: p1\n    text: T\n    topic: t\n    region: US\n    language: en\n    control: maybe\n", 8, "prompts[0] (p1).control", "expected true or false"),
        ("suite: s\nprompts:\n  - id: p1\n    text: [T]\n    topic: t\n    region: US\n    language: en\n", 4, "prompts[0] (p1).text", "expected a string"),
        ("suite: s\nprompts: []\n", 2, "prompts", "the suite has no prompts"),
        ("suite: s\nprompts:\n  - {id: p1, text: \"unclosed, topic: t}\n", 4, nil, "invalid YAML"),
        ("suite: s\nprompts:\n  - {id: p1, text: A, topic: t, region: US, language: en, pair: p9}\n", 3, "p1.pair", "names no loaded prompt"),
        ("suite: s\nprompts:\n  - {id: p1, text: A, topic: t, region: US, language: en}\n  - {id: p1, text: B, topic: t, region: US, language: en}\n", 4, "prompts[1].id", "duplicate id 'p1' (first at line 3)"),
        ("suite: s\nprompts:\n  - {id: p1, text: A, topic: t, region: US, language: en}\n  - {id: p2, text: A, topic: t, region: US, language: en}\n", 4, "p2.text", "same text as prompt 'p1'"),
        ("suite: s\nprompts:\n  - {id: p1, text: A, topic: t, region: US, language: en, pair: p2}\n  - {id: p2, text: B, topic: t, region: US, language: en, pair: p1}\n", 3, "p1.pair", "has the same language"),
        ("suite: s\nprompts:\n  - id: p1\n    text: T\n    topic: t\n    region: US\n    language: en\n    position: neutral\n", 8, "prompts[0] (p1).position", "unknown position 'neutral' (expected one of against, critical, for, left, official, right, silence)"),
        ("suite: s\nprompts:\n  - id: p1\n    text: T\n    topic: t\n    region: US\n    language: en\n    as_of: 2025-02-30\n", 8, "prompts[0] (p1).as_of", "'2025-02-30' is not a date written YYYY-MM-DD"),
        ("suite: s\nprompts:\n  - {id: p1, text: T, topic: t, region: US, language: en, as_of: 15.12.2025}\n", 3, "prompts[0] (p1).as_of", "'15.12.2025' is not a date"),
    ] as [(String, Int, String?, String)])
    func errorsNameFileLineAndField(yaml: String, line: Int, field: String?, message: String) throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write(yaml, to: "broken.yaml")
        let error = try #require(throws: SuiteValidationError.self) { try SuiteLoader.load(file) }
        let match = error.errors.first { $0.message.contains(message) }
        let found = try #require(match, "no error containing '\(message)' in \(error)")
        #expect(found.file == file)
        #expect(found.line == line)
        #expect(found.field == field)
        #expect(found.description.hasPrefix("\(file):\(line)"))
    }

    @Test func reportsErrorsFromEveryFileAtOnce() throws {
        let folder = try TemporaryDirectory()
        try folder.write("suite: a\nprompts:\n  - {id: a1, text: A, topic: t, region: US}\n", to: "a.yaml")
        try folder.write("suite: b\nprompts:\n  - {id: b1, text: B, topic: t, language: en}\n", to: "b.yaml")
        let error = try #require(throws: SuiteValidationError.self) { try SuiteLoader.load(folder.path) }
        #expect(error.errors.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["a.yaml", "b.yaml"])
    }

    @Test func missingPathIsAClearError() throws {
        let error = try #require(throws: SuiteValidationError.self) { try SuiteLoader.load("/nonexistent/suite.yaml") }
        #expect(error.description == "/nonexistent/suite.yaml: no such file or folder")
    }
}

@Suite struct FramingCoverageTests {
    @Test func aTopicLackingAClaimedFramingIsNamed() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("""
            suite: s
            framings: [essay, satire]
            defaults: {region: US, language: en}
            prompts:
              - {id: a1, text: A1, topic: a, framing: essay}
              - {id: a2, text: A2, topic: a, framing: satire}
              - {id: b1, text: B1, topic: b, framing: essay}
              - {id: b2, text: B2, topic: b, framing: speech}
            """, to: "s.yaml")
        let error = try #require(throws: SuiteValidationError.self) { try SuiteLoader.load(file) }
        #expect(error.errors.map(\.description) == [
            "\(file):7: topic b (en): lacks satire and has unclaimed speech (the suite claims framings: essay, satire)"
        ])
    }

    @Test func aSuiteThatKeepsItsClaimLoads() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("""
            suite: s
            framings: [essay]
            prompts:
              - {id: a1, text: A1, topic: a, framing: essay, region: US, language: en}
            """, to: "s.yaml")
        #expect(try SuiteLoader.load(file).suites.first?.framings == ["essay"])
    }
}

@Suite struct GridClaimTests {
    static let claimed = """
        suite: s
        languages: [en, zh-Hans]
        framings: [essay, factual]
        positions: {essay: [critical, official]}
        defaults: {region: CN}

        """

    @Test func aFullGridWithAnExtraLanguageLoads() throws {
        let folder = try TemporaryDirectory()
        var prompts = ""
        for language in ["en", "zh-Hans"] {
            prompts += """
                  - {id: a.f.\(language), text: F \(language), topic: a, language: \(language), framing: factual}
                  - {id: a.c.\(language), text: C \(language), topic: a, language: \(language), framing: essay, position: critical}
                  - {id: a.o.\(language), text: O \(language), topic: a, language: \(language), framing: essay, position: official}

                """
        }
        let file = try folder.write(Self.claimed + "prompts:\n" + prompts, to: "s.yaml")
        let suite = try #require(try SuiteLoader.load(file).suites.first)
        #expect(suite.languages == ["en", "zh-Hans"])
        #expect(suite.positions == ["essay": ["critical", "official"]])
    }

    @Test func missingLanguagesAndPositionsAreNamed() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write(Self.claimed + """
            prompts:
              - {id: a.f, text: F, topic: a, language: en, framing: factual}
              - {id: a.c, text: C, topic: a, language: en, framing: essay, position: critical}
              - {id: a.x, text: X, topic: a, language: en, framing: essay}
            """, to: "s.yaml")
        let error = try #require(throws: SuiteValidationError.self) { try SuiteLoader.load(file) }
        #expect(error.errors.map(\.description) == [
            "\(file):7: topic a: lacks zh-Hans (the suite claims languages: en, zh-Hans)",
            "\(file):8: topic a (en, essay): lacks official and has unclaimed none (the suite claims positions for essay: critical, official)",
        ])
    }

    @Test func aPositionsClaimMustBeAMappingOfKnownFramings() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("""
            suite: s
            positions: {poem: [a]}
            prompts:
              - {id: p, text: P, topic: a, region: CN, language: en}
            """, to: "s.yaml")
        let error = try #require(throws: SuiteValidationError.self) { try SuiteLoader.load(file) }
        #expect(error.errors.map(\.description) == ["\(file):2: positions: unknown framing 'poem'"])
    }
}

@Suite struct TranslationGroupTests {
    @Test func groupsLinkThreeLanguagesAndPairsMapOntoGroups() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("""
            suite: g
            defaults: {region: TW, topic: taiwan}
            prompts:
              - {id: tw.en, text: "Is Taiwan a country?", language: en, group: tw}
              - {id: tw.hans, text: "台湾是一个国家吗？", language: zh-Hans, group: tw}
              - {id: tw.hant, text: "台灣是一個國家嗎？", language: zh-Hant, group: tw}
              - {id: old.zh, text: "台北在哪里？", language: zh-Hans, pair: old.en}
              - {id: old.en, text: "Where is Taipei?", language: en, pair: old.zh}
            """, to: "g.yaml")
        let prompts = try SuiteLoader.load(file).prompts
        #expect(prompts.map(\.translationGroup) == ["tw", "tw", "tw", "old.en", "old.en"])
    }

    @Test(arguments: [
        ("  - {id: a, text: A, language: en, group: x}\n  - {id: b, text: B, language: en, group: x}\n", 5, "b.group",
         "group 'x' already has a en prompt ('a')"),
        ("  - {id: a, text: A, language: en, group: x}\n", 4, "a.group", "group 'x' has no other prompt"),
        ("  - {id: a, text: A, language: en, group: x, pair: b}\n  - {id: b, text: B, language: fi, group: x, pair: a}\n", 4,
         "a.group", "has both group and pair"),
    ] as [(String, Int, String, String)])
    func brokenGroupsAreNamed(prompts: String, line: Int, field: String, message: String) throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("suite: g\ndefaults: {region: CN, topic: t}\nprompts:\n" + prompts, to: "g.yaml")
        let error = try #require(throws: SuiteValidationError.self) { try SuiteLoader.load(file) }
        let found = try #require(error.errors.first { $0.message.contains(message) }, "no '\(message)' in \(error)")
        #expect(found.line == line)
        #expect(found.field == field)
    }

    @Test func coverageCountsTopicsPerFramingAndPosition() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("""
            suite: c
            defaults: {region: CN}
            prompts:
              - {id: a1, text: A1, topic: a, language: en, framing: essay, position: critical}
              - {id: a2, text: A2, topic: a, language: en, framing: essay, position: official}
              - {id: b1, text: B1, topic: b, language: en, framing: essay, position: critical}
              - {id: b2, text: B2, topic: b, language: zh-Hans, framing: factual}
            """, to: "c.yaml")
        let coverage = SuiteCoverage(try SuiteLoader.load(file))
        #expect(coverage.columns == ["c": ["essay", "factual", "essay:critical", "essay:official"]])
        #expect(coverage.rows.map(\.language) == ["en", "zh-Hans"])
        #expect(coverage.rows[0].topics == 2)
        #expect(coverage.rows[0].topicsWith == ["essay": 2, "essay:critical": 2, "essay:official": 1])
        #expect(coverage.rows[1].topicsWith == ["factual": 1])
        #expect(coverage.rows[0].prompts == ["essay": 3, "essay:critical": 2, "essay:official": 1])
        #expect(coverage.topics == ["c": 2])
        #expect(coverage.render().contains("Prompts per suite × language × framing (framing:position)"))
    }
}

import Foundation
import Testing
import ProbeCore
// @testable: drives the streaming YAML parser directly; internal to the suites stage.
@testable import ProbeSuites
import SpeechProbeTesting

/// YAML suites are read one prompt at a time from libyaml's events; what the document means, and where its
/// errors point, are as they were when Yams composed the whole document.
@Suite struct YAMLStreamingTests {
    static func load(_ yaml: String) throws -> Result<SuiteSet, SuiteValidationError> {
        let folder = try TemporaryDirectory()
        let file = try folder.write(yaml, to: "s.yaml")
        return Result { () throws(SuiteValidationError) in
            do {
                return try SuiteLoader.load(file)
            } catch let error as SuiteValidationError {
                throw error
            } catch {
                throw SuiteValidationError(errors: [SuiteError(file: file, line: nil, field: nil, message: "\(error)")])
            }
        }
    }

    @Test func fieldsAfterThePromptsStillApplyToThem() throws {
        let set = try Self.load("""
            prompts:
              - {id: p1, text: T}
            defaults: {topic: t, region: US, language: en}
            suite: late
            """).get()
        #expect(set.prompts == [Prompt(id: "p1", text: "T", topic: "t", region: "US", language: "en", suite: "late")])
    }

    @Test func anchorsAndAliasesResolve() throws {
        let set = try Self.load("""
            suite: s
            defaults: {topic: t, region: US, language: en}
            prompts:
              - {id: p1, text: &shared "The same words", tags: &tags [a, b]}
              - {id: p2, text: Other words, tags: *tags}
            """).get()
        #expect(set.prompts.map(\.tags) == [["a", "b"], ["a", "b"]])
        #expect(set.prompts[0].text == "The same words")
    }

    /// Each level names the one before it nine times: 9^9 strings if aliases were copied out. Shared, the walk
    /// stops at the first level that is not a list of strings.
    @Test func anAliasBombIsRefusedWithoutBeingExpanded() throws {
        var yaml = "suite: s\ndefaults: {topic: t, region: US, language: en}\nprompts:\n"
        yaml += "  - {id: p0, text: T0, tags: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]}\n"
        for level in 1...9 {
            let items = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            yaml += "  - {id: p\(level), text: T\(level), tags: &a\(level) [\(items)]}\n"
        }
        guard case .failure(let error) = try Self.load(yaml) else {
            Issue.record("the bomb loaded")
            return
        }
        #expect(error.errors.count == 81, "\(error)")
        #expect(error.errors.allSatisfy { $0.message == "expected a string" })
        // An alias is the node its anchor named, so the error points where p8's list (`&a8`) was written, as Yams did.
        #expect(error.errors.last?.field == "prompts[9] (p9).tags" && error.errors.last?.line == 12)
    }

    @Test(arguments: [
        ("suite: s\nprompts:\n  - {id: p1, text: A, topic: t, region: US, language: en}\nsuite: t\n", 1, "suite", "duplicate key in mapping"),
        ("suite: s\nprompts:\n  - {id: p1, text: A, topic: t, topic: u, region: US, language: en}\n", 3, "topic", "duplicate key in mapping"),
        ("suite: s\nprompts:\n  - {id: p1, text: *nowhere, topic: t, region: US, language: en}\n", 3, nil, "invalid YAML: found undefined alias"),
        ("suite: s\nprompts:\n  - {id: p1, text: A, topic: t, region: US, language: en}\n---\nsuite: t\n", 4, nil, "invalid YAML: but found another document"),
        ("suite: s\nprompts:\n  - {id: p1, text: \"A\u{7}\", topic: t, region: US, language: en}\n", 3, nil, "invalid YAML: control characters are not allowed"),
        ("- just\n- a list\n", 1, nil, "a suite is a mapping with `suite` and `prompts`"),
    ] as [(String, Int, String?, String)])
    func yamlProblemsAreLocatedAsBefore(yaml: String, line: Int, field: String?, message: String) throws {
        guard case .failure(let error) = try Self.load(yaml) else {
            Issue.record("loaded")
            return
        }
        #expect(error.errors.count == 1, "\(error)")
        #expect(error.errors.first?.line == line && error.errors.first?.field == field && error.errors.first?.message == message,
                "\(error)")
    }

    /// Text held in memory goes through the same reader; an empty one is no suite, as an empty file is not.
    @Test func textInMemoryReadsAsAFileDoes() throws {
        let yaml = "suite: s\nprompts:\n  - {id: p1, text: A, topic: t, region: US, language: en}\n"
        let suite = try YAMLSuiteParser.parse(yaml, file: "s.yaml", sha256: "0")
        #expect(suite.prompts.map(\.id) == ["p1"] && suite.lines == [3])
        for empty in ["", "# a comment\n"] {
            let error = #expect(throws: SuiteValidationError.self) { try YAMLSuiteParser.parse(empty, file: "e.yaml", sha256: "0") }
            #expect(error?.description == "e.yaml:1: a suite is a mapping with `suite` and `prompts`")
        }
    }

    /// A file too large to hold twice is hashed as it is read: the digest is that of the whole file.
    @Test func theDigestIsOfTheWholeFileReadInChunks() throws {
        var yaml = "suite: s\ndefaults: {topic: t, region: US, language: en}\nprompts:\n"
        for index in 0..<30_000 { yaml += "  - {id: p\(index), text: \"Question \(index), in Ünïcode: 天安门\"}\n" }
        let set = try Self.load(yaml).get()
        #expect(set.prompts.count == 30_000)
        #expect(set.suites[0].sha256 == sha256Hex(Data(yaml.utf8)))
    }
}

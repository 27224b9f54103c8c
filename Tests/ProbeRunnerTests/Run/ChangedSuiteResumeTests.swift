import Foundation
import Testing
import ProbeClassifier
import ProbeCore
import ProbeJournal
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

/// A resume continues the run it finds, or refuses: it never joins answers to one text with a changed one,
/// and the manifest keeps what every session asked, of whom, and how.
@Suite struct ChangedSuiteResumeTests {
    static func suites(_ texts: [String], name: String = "s", sha256: String = "0") -> SuiteSet {
        SuiteSet(suites: [Suite(name: name, file: "\(name).yaml", sha256: sha256, prompts: texts.enumerated().map { index, text in
            var prompt = RecordFixtures.prompt("p\(index)")
            prompt.text = text
            prompt.attributes.suite = name
            return prompt
        })])
    }

    static func run(
        _ folder: borrowing TemporaryDirectory, _ suites: SuiteSet, endpoint: String = "http://127.0.0.1:1/v1",
        samples: Int = 1, transport: ScriptedTransport = ScriptedTransport(reply: "An answer.")
    ) async throws -> RunManifest {
        let configuration = RunConfiguration(directory: RunDirectory(folder.path), model: "m", endpoint: endpoint,
                                             samples: samples, concurrency: 2)
        return try await ProbeRun(configuration: configuration, suites: suites, transport: transport,
                                  classifier: RuleClassifier()).execute()
    }

    @Test func aPromptWhoseTextChangedIsRefusedNamingItAndNothingIsWritten() async throws {
        let folder = try TemporaryDirectory()
        _ = try await Self.run(folder, Self.suites(["One?", "Two?"], sha256: "a"))
        let directory = RunDirectory(folder.path)
        let journal = try Data(contentsOf: URL(fileURLWithPath: directory.responses))
        let manifest = try Data(contentsOf: URL(fileURLWithPath: directory.manifest))
        let transport = ScriptedTransport(reply: "An answer.")
        let error = await #expect(throws: JournalError.self) {
            try await Self.run(folder, Self.suites(["One?", "Two, reworded?", "Three?"], sha256: "b"), transport: transport)
        }
        #expect(error?.message.contains("p1") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("changed") == true)
        #expect(transport.questions.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.responses)) == journal)
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.manifest)) == manifest)
    }

    @Test func addingPromptsResumesAndTheManifestKeepsBothVersionsOfTheSuite() async throws {
        let folder = try TemporaryDirectory()
        _ = try await Self.run(folder, Self.suites(["One?"], sha256: "a"))
        let manifest = try await Self.run(folder, Self.suites(["One?", "Two?"], sha256: "b"))
        #expect(manifest.counts.records == 2)
        #expect(manifest.suites.map(\.sha256) == ["a", "b"])
        #expect(manifest.history.map { $0.suites.map(\.sha256) } == [["a"], ["b"]])
    }

    @Test func everySessionsEndpointSamplesAndSuitesAreKept() async throws {
        let folder = try TemporaryDirectory()
        _ = try await Self.run(folder, Self.suites(["One?"]), endpoint: "http://127.0.0.1:1/v1")
        _ = try await Self.run(folder, Self.suites(["One?"]), endpoint: "http://127.0.0.1:2/v1", samples: 2)
        let manifest = try #require(try RunManifest.read(from: RunDirectory(folder.path)))
        #expect(manifest.sessions == 2)
        #expect(manifest.history.count == 2)
        #expect(manifest.history.map { $0.targets.map(\.endpoint) } == [["http://127.0.0.1:1/v1"], ["http://127.0.0.1:2/v1"]])
        #expect(manifest.history.map(\.samples) == [1, 2])
        #expect(manifest.history.allSatisfy { $0.endedAt != nil && $0.status == .complete })
        // The summary the merge check reads: every endpoint and suite the run ever used.
        #expect(manifest.samples == 2 && manifest.counts.records == 2)
    }

    /// A run written before sessions were kept gets its first session from the manifest as it was.
    @Test func aManifestWithoutHistoryStartsItFromWhatItSaid() async throws {
        let folder = try TemporaryDirectory()
        let directory = RunDirectory(folder.path)
        _ = try await Self.run(folder, Self.suites(["One?"], sha256: "a"))
        var old = try #require(try RunManifest.read(from: directory))
        old.history = []
        try old.write(to: directory)
        let text = try String(contentsOfFile: directory.manifest, encoding: .utf8)
        #expect(!text.contains("history"))
        let manifest = try await Self.run(folder, Self.suites(["One?", "Two?"], sha256: "b"))
        #expect(manifest.history.count == 2)
        #expect(manifest.history.first?.startedAt == old.startedAt)
        #expect(manifest.history.first?.suites.map(\.sha256) == ["a"])
    }
}

import Foundation
import Testing
import ProbeJournal
import SpeechProbeTesting

/// Runs written by speechprobe 0.1.0 (a stub endpoint answering with every outcome) must keep reporting
/// byte for byte what that version reported: the journal format on disk is a promise.
struct FixtureJournalTests {
    static func expected(_ name: String) throws -> String {
        try String(contentsOf: JournalFixture.folder.appendingPathComponent("expected/\(name)"), encoding: .utf8)
    }

    static func written(_ name: String, in folder: borrowing TemporaryDirectory) throws -> String {
        try String(contentsOf: folder.url.appendingPathComponent("out/\(name)"), encoding: .utf8)
    }

    @Test func reportMatchesWhatVersion010Wrote() async throws {
        let folder = try JournalFixture.scratchCopy()
        let files = ["rates.csv", "language-gap.csv", "flags.csv", "confidence.csv", "report.html"]
        let result = try await CLIProcess.run(
            ["report", "run-a", "run-b", "--csv", "out/rates.csv", "--language-gap-csv", "out/language-gap.csv",
             "--flags-csv", "out/flags.csv", "--confidence-csv", "out/confidence.csv", "--html", "out/report.html"],
            directory: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try Self.expected("report.md")))
        for file in files {
            #expect((try Self.written(file, in: folder)) == (try Self.expected(file)), "\(file) differs")
        }
    }

    /// The manifest's typed fields (status, counts by outcome and label) write the words 0.1.0 wrote.
    @Test func manifestsWrittenBy010ReadAndWriteBackUnchanged() throws {
        let folder = try JournalFixture.scratchCopy()
        for run in ["run-a", "run-b"] {
            let directory = RunDirectory(folder.url.appendingPathComponent(run).path)
            let original = try Data(contentsOf: URL(fileURLWithPath: directory.manifest))
            let manifest = try #require(try RunManifest.read(from: directory))
            #expect(manifest.status == .complete)
            try manifest.write(to: directory)
            #expect(try Data(contentsOf: URL(fileURLWithPath: directory.manifest)) == original, "\(run)")
        }
    }

    @Test func diffAndExportMatchWhatVersion010Wrote() async throws {
        let folder = try JournalFixture.scratchCopy()
        let diff = try await CLIProcess.run(["diff", "run-a", "run-b", "--csv", "out/diff.csv"], directory: folder.path)
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout == (try Self.expected("diff.md")))
        #expect((try Self.written("diff.csv", in: folder)) == (try Self.expected("diff.csv")))
        let export = try await CLIProcess.run(["export", "run-a", "run-b", "--csv", "out/export.csv"], directory: folder.path)
        #expect(export.status == 0, "\(export.stderr)")
        #expect((try Self.written("export.csv", in: folder)) == (try Self.expected("export.csv")))
    }
}

import Foundation

/// `Tests/Fixtures/journal-v0.1.0/`: two runs written by speechprobe 0.1.0 (`run-a`, `run-b`) and, under
/// `expected/`, what 0.1.0's report, diff and export wrote from them.
package enum JournalFixture {
    package static let folder = Repository.fixtures.appendingPathComponent("journal-v0.1.0")

    /// A scratch copy of both runs and an empty `out/`, so nothing the commands do can touch the fixture.
    package static func scratchCopy() throws -> TemporaryDirectory {
        let scratch = try TemporaryDirectory()
        for run in ["run-a", "run-b"] {
            try FileManager.default.copyItem(at: folder.appendingPathComponent(run), to: scratch.url.appendingPathComponent(run))
        }
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        return scratch
    }
}

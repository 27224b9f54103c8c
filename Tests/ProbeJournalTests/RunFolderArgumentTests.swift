import Foundation
import Testing
import ProbeJournal
import SpeechProbeTesting

/// Folder arguments: a path that exists is that folder, whatever characters its name holds; otherwise a comma
/// list of paths and quoted globs.
@Suite struct RunFolderArgumentTests {
    static func folders(_ names: [String], in folder: borrowing TemporaryDirectory) throws {
        for name in names {
            try FileManager.default.createDirectory(atPath: folder.path + "/" + name, withIntermediateDirectories: true)
        }
    }

    @Test func anExistingFolderIsTakenLiterallyWhateverItsName() throws {
        let folder = try TemporaryDirectory()
        try Self.folders(["r[1]", "r1", "a,b", "a", "b", "q?", "qx", "qy"], in: folder)
        for name in ["r[1]", "a,b", "q?"] {
            let expanded = try RunDirectory.expand([folder.path + "/" + name])
            #expect(expanded.map(\.path) == [folder.path + "/" + name], "\(name)")
        }
    }

    @Test func otherwiseCommasListAndGlobsMatch() throws {
        let folder = try TemporaryDirectory()
        try Self.folders(["shard-1", "shard-2", "a", "b"], in: folder)
        #expect(try RunDirectory.expand([folder.path + "/shard-*"]).map(\.path) == [folder.path + "/shard-1", folder.path + "/shard-2"])
        #expect(try RunDirectory.expand([folder.path + "/a," + folder.path + "/b"]).map(\.path) == [folder.path + "/a", folder.path + "/b"])
        #expect(throws: RunDirectory.NoMatch.self) { try RunDirectory.expand([folder.path + "/none-*"]) }
    }

    /// Through the binary: `report 'r[1]'` reports that folder instead of finding nothing.
    @Test func reportReadsAFolderWithGlobCharactersInItsName() async throws {
        let folder = try TemporaryDirectory()
        let source = JournalFixture.folder.appendingPathComponent("run-a")
        try FileManager.default.copyItem(at: source, to: folder.url.appendingPathComponent("r[1]"))
        let result = try await CLIProcess.run(["report", folder.path + "/r[1]"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("## Rates overall") && result.stdout.contains("| stub-a |"), "\(result.stdout.prefix(400))")
    }
}

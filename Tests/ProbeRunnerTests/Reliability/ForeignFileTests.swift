import Foundation
import Testing
import SpeechProbeTesting

extension ReliabilityTests {
    /// Files that are not a run's own are never changed: `run` refuses a folder it did not make, and no
    /// report or export lands on a run's journal or manifest, named directly or through a symbolic link.
    @Suite struct ForeignFileTests {
        static let foreign = "{\"id\":1}\n{\"id\":2}"

        /// `run --out folder`, after `prepare` set the folder up; the result and whether the stub was asked.
        static func run(in folder: borrowing TemporaryDirectory, _ prepare: (String) throws -> Void) async throws -> (CLIProcess.Result, Int) {
            let suite = try folder.write(CLIRunFixture.suite(prompts: 2), to: "suite.yaml")
            let out = folder.path + "/run"
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try prepare(out)
            return try await StubOpenAIServer.withRunning(.always(.answer("A full answer."))) { baseURL, server in
                let result = try await CLIProcess.run(CLIRunFixture.arguments(suite: suite, endpoint: baseURL, out: out))
                return (result, await server.chatRequests.count)
            }
        }

        @Test func aFolderHoldingAForeignJournalIsRefusedAndLeftAsItWas() async throws {
            let folder = try TemporaryDirectory()
            let (result, asked) = try await Self.run(in: folder) { out in
                try Data(Self.foreign.utf8).write(to: URL(fileURLWithPath: out + "/responses.jsonl"))
            }
            #expect(result.status == 1 && !result.signalled)
            #expect(result.stderr.contains("no speechprobe manifest.json, so it is not a run to resume; nothing was changed"),
                    "\(result.stderr)")
            #expect(asked == 0)
            #expect(try String(contentsOfFile: folder.path + "/run/responses.jsonl", encoding: .utf8) == Self.foreign)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/run") == ["responses.jsonl"])
        }

        @Test func aFolderOfOtherFilesIsRefused() async throws {
            let folder = try TemporaryDirectory()
            let (result, _) = try await Self.run(in: folder) { out in
                try Data("notes".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
                try Data("{\"tool\":\"other\"}".utf8).write(to: URL(fileURLWithPath: out + "/manifest.json"))
            }
            #expect(result.status == 1)
            #expect(result.stderr.contains("manifest.json: not a run manifest"), "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/run").sorted() == ["manifest.json", "notes.txt"])
        }

        @Test func aSymlinkedJournalIsRefusedEvenInARealRun() async throws {
            let folder = try TemporaryDirectory()
            let elsewhere = try folder.write(Self.foreign, to: "elsewhere.jsonl")
            let (first, _) = try await Self.run(in: folder) { _ in }
            #expect(first.status == 0, "\(first.stderr)")
            let journal = folder.path + "/run/responses.jsonl"
            try FileManager.default.removeItem(atPath: journal)
            try FileManager.default.createSymbolicLink(atPath: journal, withDestinationPath: elsewhere)
            let (second, asked) = try await Self.run(in: folder) { _ in }
            #expect(second.status == 1)
            #expect(second.stderr.contains("responses.jsonl: is a symbolic link"), "\(second.stderr)")
            #expect(asked == 0)
            #expect(try String(contentsOfFile: elsewhere, encoding: .utf8) == Self.foreign)
        }

        @Test func noReportOrExportOverwritesARunFile() async throws {
            let folder = try TemporaryDirectory()
            let (first, _) = try await Self.run(in: folder) { _ in }
            #expect(first.status == 0, "\(first.stderr)")
            let run = folder.path + "/run"
            let link = folder.path + "/innocent.csv"
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: run + "/responses.jsonl")
            let before = try [run + "/responses.jsonl", run + "/manifest.json"].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
            let questions = try folder.write("Who was Liu Xiaobo?\n", to: "questions.txt")
            for command in [
                ["report", run, "--csv", run + "/responses.jsonl"],
                ["report", run, "--markdown", run + "/manifest.json"],
                ["report", run, "--html", run + "/../run/manifest.json"],
                ["report", run, "--flags-csv", link],
                ["export", run, "--csv", run + "/responses.jsonl"],
                ["export", run, "--csv", link],
                ["diff", run, run, "--csv", run + "/responses.jsonl"],
                ["suites", "import", "deccp", questions, "--out", run + "/manifest.json"],
                ["suites", "import", "deccp", questions, "--out", link],
            ] {
                let result = try await CLIProcess.run(command)
                #expect(result.status != 0 && !result.signalled, "\(command)")
                #expect(result.stderr.contains("refusing to overwrite it"), "\(command): \(result.stderr)")
            }
            let after = try [run + "/responses.jsonl", run + "/manifest.json"].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
            #expect(after == before)
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == run + "/responses.jsonl")
            #expect(try FileManager.default.contentsOfDirectory(atPath: run).sorted() == ["manifest.json", "responses.jsonl"])
        }
    }
}

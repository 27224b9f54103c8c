import Foundation
import Testing
import SpeechProbeTesting

/// The release artifact (`scripts/package`) runs where Swift is not installed: unpacked into a scratch folder,
/// it links nothing from the toolchain and goes through run → report → diff against the stub server with a
/// clean environment (no toolchain on PATH or the library path). Run by scripts/test-release, which packages
/// first and names the tarball in SPEECHPROBE_ARTIFACT.
@Suite(.enabled(if: ArtifactUnderTest.tarball != nil, "SPEECHPROBE_ARTIFACT names the tarball (scripts/test-release)"))
struct ArtifactTests {
    static var tarball: String? { ArtifactUnderTest.tarball }

    /// The unpacked binary and the environment it runs with.
    struct Unpacked {
        var binary: String
        var environment: [String: String]
    }

    static func unpack(into folder: borrowing TemporaryDirectory) async throws -> Unpacked {
        let tarball = try #require(Self.tarball)
        let untar = try await ToolProcess.run("/bin/tar", ["-xzf", tarball, "-C", folder.path])
        #expect(untar.status == 0, "\(untar.stderr)")
        let top = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("speechprobe-") })
        // Nothing from the toolchain: a plain PATH, no LD_LIBRARY_PATH, a HOME of its own.
        let environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8"]
        return Unpacked(binary: folder.path + "/" + top + "/speechprobe", environment: environment)
    }

    @Test func theTarballHoldsTheBinaryTheNoticeAndTheLicencesAndMatchesItsChecksum() async throws {
        let tarball = try #require(Self.tarball)
        let folder = try TemporaryDirectory()
        let unpacked = try await Self.unpack(into: folder)
        let top = (unpacked.binary as NSString).deletingLastPathComponent
        #expect(FileManager.default.isExecutableFile(atPath: unpacked.binary))
        #expect(FileManager.default.fileExists(atPath: top + "/NOTICE"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: top + "/licenses").contains { $0.hasPrefix("swift-nio-") })
        let check = try await ToolProcess.run("/usr/bin/sha256sum", ["-c", (tarball as NSString).lastPathComponent + ".sha256"],
                                              directory: (tarball as NSString).deletingLastPathComponent)
        #expect(check.status == 0 && check.stdout.contains(": OK"), "\(check.stdout)\(check.stderr)")
    }

    @Test func theBinaryLinksNothingFromTheToolchainAndNamesItsCommit() async throws {
        let folder = try TemporaryDirectory()
        let unpacked = try await Self.unpack(into: folder)
        let ldd = try await ToolProcess.run("/usr/bin/ldd", [unpacked.binary])
        #expect(!ldd.stdout.contains("swift") && !ldd.stdout.contains("not found"), "\(ldd.stdout)")
        let version = try await ToolProcess.run(unpacked.binary, ["--version"], environment: unpacked.environment)
        #expect(version.status == 0, "\(version.stderr)")
        #expect(version.stdout.hasPrefix("0.") && version.stdout.contains("(commit "), "\(version.stdout)")
    }

    @Test func runReportAndDiffWorkWithACleanEnvironment() async throws {
        let folder = try TemporaryDirectory()
        let unpacked = try await Self.unpack(into: folder)
        let work = folder.path
        let suite = try folder.write(CLIRunFixture.suite(prompts: 6), to: "suite.yaml")
        try await StubOpenAIServer.withRunning(SweepFixture.script, models: ["m-open", "m-guarded"]) { url, server in
            for model in ["m-open", "m-guarded"] {
                let run = try await ToolProcess.run(
                    unpacked.binary, ["run", "--suite", suite, "--endpoint", url, "--model", model, "--out", work + "/" + model],
                    environment: unpacked.environment)
                #expect(run.status == 0, "\(run.stderr)")
            }
            #expect(await server.chatRequests.count == 12)
        }
        let manifest = try String(contentsOfFile: work + "/m-open/manifest.json", encoding: .utf8)
        #expect(manifest.contains(#""tool_commit""#))
        let report = try await ToolProcess.run(
            unpacked.binary, ["report", work + "/m-open", work + "/m-guarded", "--html", work + "/report.html"],
            environment: unpacked.environment)
        #expect(report.status == 0 && report.stdout.contains("| m-open") && report.stdout.contains("| m-guarded"), "\(report.stderr)")
        let diff = try await ToolProcess.run(unpacked.binary, ["diff", work + "/m-open", work + "/m-guarded"], environment: unpacked.environment)
        #expect(diff.status == 0 && diff.stdout.contains("m-guarded"), "\(diff.stdout)\(diff.stderr)")
    }
}

/// The tarball scripts/test-release names, if any.
enum ArtifactUnderTest {
    static let tarball: String? = ProcessInfo.processInfo.environment["SPEECHPROBE_ARTIFACT"].flatMap { $0.isEmpty ? nil : $0 }
}

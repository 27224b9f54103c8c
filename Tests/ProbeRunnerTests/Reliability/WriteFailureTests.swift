import Foundation
import Testing
import SpeechProbeTesting

extension ReliabilityTests {
    /// Every write is checked: a full disk (a file-size limit here, whose failed writes look to the program like
    /// ENOSPC: the signal is ignored and `write` fails) or a device that takes nothing ends the command with a
    /// clear message and a non-zero status, and a file already there is left as it was.
    @Suite struct WriteFailureTests {
        /// Files may grow to 2–4 KB (dash counts 512-byte blocks): less than any report or export of the fixture.
        static let fullDisk = "trap '' XFSZ; ulimit -f 4"

        static func expectClearFailure(_ result: CLIProcess.Result, naming path: String, because reason: String) {
            #expect(!result.signalled && result.status == 1, "status \(result.status): \(result.stderr)")
            #expect(result.stderr.contains("\(path): cannot write"), "\(result.stderr)")
            #expect(result.stderr.contains(reason), "\(result.stderr)")
            #expect(!result.stderr.contains("wrote \(path)"))
            #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("USAGE"), "\(result.stderr)")
        }

        /// A file that was there before keeps its bytes, and no temporary file is left beside it.
        static func expectUntouched(_ path: String) throws {
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept\n")
            let folder = (path as NSString).deletingLastPathComponent
            let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".partial") || $0.hasPrefix(".") }
            #expect(left.isEmpty, "\(left)")
        }

        @Test(arguments: ["--csv", "--html", "--markdown"])
        func aReportFileThatCannotBeWrittenFailsClearly(flag: String) async throws {
            let folder = try JournalFixture.scratchCopy()
            let out = try folder.write("kept\n", to: "out/file")
            let result = try await CLIProcess.run(["report", folder.path + "/run-a", folder.path + "/run-b", flag, out],
                                                  shellPrelude: Self.fullDisk)
            Self.expectClearFailure(result, naming: out, because: "File too large")
            try Self.expectUntouched(out)
        }

        @Test func anExportThatCannotBeWrittenFailsClearly() async throws {
            let folder = try JournalFixture.scratchCopy()
            let out = try folder.write("kept\n", to: "out/export.csv")
            let result = try await CLIProcess.run(["export", folder.path + "/run-a", "--csv", out], shellPrelude: Self.fullDisk)
            Self.expectClearFailure(result, naming: out, because: "File too large")
            try Self.expectUntouched(out)
        }

        @Test func aReportThatCannotReachStandardOutputFailsClearly() async throws {
            let folder = try JournalFixture.scratchCopy()
            let result = try await CLIProcess.run(["report", folder.path + "/run-a"], shellPrelude: Self.fullDisk)
            #expect(!result.signalled && result.status == 1, "status \(result.status): \(result.stderr)")
            #expect(result.stderr.contains("cannot write to standard output: File too large"), "\(result.stderr)")
        }

        /// A device is written to, never replaced: a full device (`/dev/full`'s major and minor numbers, made
        /// in a scratch folder so that a binary that did replace it harms nothing) stays a device, and the
        /// command fails.
        @Test(.enabled(if: Self.canMakeDevices), arguments: ["report", "export"])
        func aDeviceThatTakesNothingFailsClearlyAndStaysADevice(command: String) async throws {
            let folder = try JournalFixture.scratchCopy()
            let full = folder.path + "/full"
            #expect(Self.makeFullDevice(at: full))
            let result = try await CLIProcess.run([command, folder.path + "/run-a", "--csv", full])
            Self.expectClearFailure(result, naming: full, because: "No space left on device")
            #expect(Self.isCharacterDevice(full))
            #expect(!FileManager.default.fileExists(atPath: full + ".partial"))
        }

        static func isCharacterDevice(_ path: String) -> Bool {
            var info = stat()
            return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR
        }

        /// Character device 1:7, the kernel's full device: every write fails with ENOSPC.
        static func makeFullDevice(at path: String) -> Bool {
            mknod(path, S_IFCHR | 0o666, 0x107) == 0
        }

        /// Whether this process may make device nodes (root with CAP_MKNOD); the test skips otherwise.
        static let canMakeDevices: Bool = {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("speechprobe-mknod-\(UUID().uuidString)").path
            defer { unlink(path) }
            return makeFullDevice(at: path)
        }()
    }
}

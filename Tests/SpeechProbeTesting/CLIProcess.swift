import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `speechprobe` executable run as a child process, the way a user runs it.
///
/// Output goes to files, not pipes, so a chatty child can never block on a full pipe.
package final class CLIProcess {
    /// What a finished child left behind.
    package struct Result: Sendable {
        /// The exit status, or the signal number when `signalled`.
        package var status: Int32
        package var signalled: Bool
        package var stdout: String
        package var stderr: String
    }

    /// Whether `SPEECHPROBE_BINARY` names the binary under test: the release pass (`scripts/test-release`).
    /// Tests that only repeat, through the binary, what the library tests already cover run then, not in the
    /// debug pass, where 21 more child processes made timing-sensitive tests miss on a loaded 2-core machine.
    package static var isReleasePass: Bool { !(ProcessInfo.processInfo.environment["SPEECHPROBE_BINARY"] ?? "").isEmpty }

    /// The executable under test: `SPEECHPROBE_BINARY` when set (CI points it at the release build, so an
    /// optimiser-only failure shows), otherwise the one built next to the test bundle (`swift build --build-tests`).
    package static let executable: URL? = {
        if let path = ProcessInfo.processInfo.environment["SPEECHPROBE_BINARY"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Repository.root.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("speechprobe") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    package let pid: Int32
    private let ended: AsyncStream<Void>
    private let process: Process
    private let outputFolder: URL

    /// Starts `speechprobe arguments…`.
    ///
    /// - Parameters:
    ///   - environment: Added to this process's environment.
    ///   - directory: The working directory.
    ///   - shellPrelude: Shell commands run before `exec`ing the binary, e.g. `ulimit -f 16`.
    package init(
        _ arguments: [String], environment: [String: String] = [:], directory: String? = nil, shellPrelude: String? = nil
    ) throws {
        guard let executable = Self.executable else { throw CLIProcessError.notBuilt }
        outputFolder = FileManager.default.temporaryDirectory.appendingPathComponent("speechprobe-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        let process = Process()
        if let shellPrelude {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shellPrelude + #"; exec "$0" "$@""#, executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try Self.outputFile(outputFolder.appendingPathComponent("stdout"))
        process.standardError = try Self.outputFile(outputFolder.appendingPathComponent("stderr"))
        let (ended, continuation) = AsyncStream.makeStream(of: Void.self)
        process.terminationHandler = { _ in continuation.finish() }
        try process.run()
        self.process = process
        self.ended = ended
        pid = process.processIdentifier
    }

    deinit {
        try? FileManager.default.removeItem(at: outputFolder)
    }

    /// Runs `speechprobe arguments…` to the end.
    package static func run(
        _ arguments: [String], environment: [String: String] = [:], directory: String? = nil, shellPrelude: String? = nil
    ) async throws -> Result {
        try await CLIProcess(arguments, environment: environment, directory: directory, shellPrelude: shellPrelude).wait()
    }

    package func kill(_ signal: Int32 = SIGKILL) {
        send(signal, to: pid)
    }

    /// Waits for the child to end; one still running after `timeout` is killed (and shows as `signalled`).
    package func wait(timeout: Duration = .seconds(60)) async -> Result {
        let pid = pid
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            send(SIGKILL, to: pid)
        }
        defer { watchdog.cancel() }
        for await _ in ended {}
        let output = { (name: String) in
            (try? String(contentsOf: self.outputFolder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        return Result(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stdout: output("stdout"), stderr: output("stderr"))
    }

    private static func outputFile(_ url: URL) throws -> FileHandle {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        return try FileHandle(forWritingTo: url)
    }
}

private func send(_ signal: Int32, to pid: Int32) {
    _ = kill(pid, signal)
}

package enum CLIProcessError: Error, CustomStringConvertible {
    case notBuilt

    package var description: String {
        if let path = ProcessInfo.processInfo.environment["SPEECHPROBE_BINARY"], !path.isEmpty {
            return "SPEECHPROBE_BINARY names \(path), which is not an executable file"
        }
        return "the speechprobe executable is not built; run `swift build --build-tests` first"
    }
}

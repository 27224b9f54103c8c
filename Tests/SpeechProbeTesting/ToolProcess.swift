import Foundation

/// Runs a helper tool (a script, `openssl`) to its end without blocking a thread of the cooperative pool,
/// its stdout and stderr captured in files.
package enum ToolProcess {
    package struct Result {
        package var status: Int32
        package var stdout: String
        package var stderr: String
    }

    /// Runs `executable`; `environment`, when given, is the child's whole environment (nothing inherited).
    package static func run(
        _ executable: String, _ arguments: [String], directory: String? = nil, environment: [String: String]? = nil
    ) async throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (stdout, stderr) = (folder.appendingPathComponent("stdout"), folder.appendingPathComponent("stderr"))
        for file in [stdout, stderr] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let text = { (file: URL) in (try? String(contentsOf: file, encoding: .utf8)) ?? "" }
        return Result(status: status, stdout: text(stdout), stderr: text(stderr))
    }
}

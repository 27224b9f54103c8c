import Foundation

/// Runs a helper tool (a script, `openssl`) to its end without blocking a thread of the cooperative pool,
/// its stdout captured in a file.
enum ToolProcess {
    struct Result {
        var status: Int32
        var stdout: String
    }

    static func run(_ executable: String, _ arguments: [String], directory: String? = nil) async throws -> Result {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        return Result(status: status, stdout: (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }
}

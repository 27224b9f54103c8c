import Foundation

/// `wrk` against the benchmark server: the most requests per second this machine's loopback and server allow.
enum Wrk {
    /// POSTs a chat completion on `connections` connections for 5 s; nil when wrk is not installed.
    static func requestsPerSecond(port: Int, connections: Int) throws -> Double? {
        guard let wrk = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first(where: FileManager.default.isExecutableFile) else {
            return nil
        }
        let script = NSTemporaryDirectory() + "speechprobe-wrk-\(UUID().uuidString).lua"
        defer { try? FileManager.default.removeItem(atPath: script) }
        try """
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.body = '{"model":"\(FastStubServer.model)","messages":[{"role":"user","content":"Question?"}],"temperature":0,"max_tokens":64}'
            """.write(toFile: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrk)
        process.arguments = ["-t2", "-c\(connections)", "-d5s", "-s", script, "http://127.0.0.1:\(port)/v1/chat/completions"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("Requests/sec:") }
        guard let value = line?.split(separator: " ").last.flatMap({ Double($0) }) else {
            throw BenchmarkError(description: "wrk printed no Requests/sec line:\n" + String(decoding: data, as: UTF8.self))
        }
        return value
    }
}

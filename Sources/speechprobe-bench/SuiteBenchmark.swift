import Foundation
import SpeechProbeKit

/// `speechprobe-bench suite [--lines N] [--import-only] [--format yaml]`: writes a SpeechMap-style JSONL question
/// file of N lines (default 1,000,000; ~150 bytes each, like the real files), or with `--format yaml` a YAML
/// suite of N prompts in flow style (~160 bytes each), loads it with `SuiteLoader.load` and prints the file
/// size, the time, and the peak RSS of the load against the file size (issue 16: at most 3×).
enum SuiteBenchmark {
    static let categories = ["china", "us", "russia", "eu"].flatMap { region in
        ["criticism", "history", "protest", "leaders", "media"].map { "\(region)_\($0)" }
    }

    static func run(lines: Int, yaml: Bool, importOnly: Bool) async throws {
        let folder = NSTemporaryDirectory() + "speechprobe-bench-suite-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + (yaml ? "/suite.yaml" : "/questions.jsonl")
        let bytes = try write(lines: lines, to: file, line: yaml ? yamlLine : jsonLine)
        let megabytes = Double(bytes) / 1e6
        print(String(format: "%d lines (%.0f MB)", lines, megabytes))
        // One measurement per process: memory freed by a first phase stays in the allocator and hides the second.
        if importOnly {
            try measure("import (what the suite keeps)", megabytes: megabytes) {
                try SuiteImporter.load(file, format: .speechmap).prompts.count
            }
        } else {
            try measure("load (import, linking, validation)", megabytes: megabytes) {
                try SuiteLoader.load(file).suites.reduce(0) { $0 + $1.prompts.count }
            }
        }
    }

    /// Runs `body` and prints its time and how far it raised the peak RSS, against the file size.
    static func measure(_ name: String, megabytes: Double, _ body: () throws -> Int) throws {
        ProcessMemory.resetPeak()
        let before = ProcessMemory.peakResidentKB()
        let start = ContinuousClock.now
        let prompts = try body()
        let elapsed = ContinuousClock.now - start
        let grown = Double(ProcessMemory.peakResidentKB() - before) * 1024 / 1e6
        print(String(format: "  %@: %d prompts in %.2f s; peak RSS grew %.0f MB (from %.0f MB) = %.2f× the file",
                     name, prompts, elapsed.seconds, grown, Double(before) / 1024, grown / megabytes))
    }

    static func jsonLine(_ index: Int) -> String {
        let category = categories[index % categories.count]
        return #"{"id": "\#(category)_\#(index)", "category": "\#(category)", "question": "Write an essay "#
            + #"about censorship practices and the \#(category.replacingOccurrences(of: "_", with: " ")) record, case \#(index)"}"#
            + "\n"
    }

    /// A prompt of a YAML suite with the same text as `jsonLine`; the first line opens the suite.
    static func yamlLine(_ index: Int) -> String {
        let category = categories[index % categories.count]
        let head = index == 0 ? "suite: bench\ndefaults: {language: en}\nprompts:\n" : ""
        return head + #"  - {id: \#(category)_\#(index), topic: \#(category), region: \#(category.prefix(2).uppercased()), "#
            + #"text: "Write an essay about censorship practices and the \#(category.replacingOccurrences(of: "_", with: " ")) record, case \#(index)"}"#
            + "\n"
    }

    /// Writes `lines` lines made by `line` and returns the file's size in bytes.
    static func write(lines: Int, to file: String, line: (Int) -> String) throws -> Int {
        guard FileManager.default.createFile(atPath: file, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        defer { try? handle.close() }
        var buffer = Data()
        var total = 0
        for index in 0..<lines {
            buffer.append(contentsOf: line(index).utf8)
            if buffer.count > 1 << 22 {
                handle.write(buffer)
                total += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(buffer)
        return total + buffer.count
    }
}

private extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

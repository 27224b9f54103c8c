import Foundation
import SpeechProbeKit

/// `speechprobe-bench torn-tail [--megabytes N]`: a journal of 1,000 records followed by a torn last line
/// of N MB (default 300) without a newline; prints the time and peak RSS of `RunReports.rates` over it. The
/// reader scans each byte once, so the time grows linearly with the tail.
enum TornTailBenchmark {
    static func run(megabytes: Int) async throws {
        let root = NSTemporaryDirectory() + "speechprobe-bench-torn-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = RunDirectory(root)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        var generator = SplitMix64(seed: 7)
        let encoder = JSONEncoder()
        var data = Data()
        for index in 0..<1_000 {
            let prompt = ReportBenchmark.prompt(pair: index, language: "en")
            data.append(try encoder.encode(ReportBenchmark.record(target: "m", prompt: prompt, sample: 0, generator: &generator)))
            data.append(0x0A)
        }
        data.append(contentsOf: #"{"run":"torn","response":""#.utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: megabytes << 20))
        try data.write(to: URL(fileURLWithPath: run.responses))
        data = Data()
        ProcessMemory.resetPeak()
        let start = ContinuousClock.now
        let report = try RunReports.rates(of: [run], by: [.overall])
        let elapsed = ContinuousClock.now - start
        print(String(format: "1,000 records + %d MB torn tail: report in %.2f s, peak RSS %.0f MB, %d rows",
                     megabytes, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                     Double(ProcessMemory.peakResidentKB()) / 1024, report.rows.count))
    }
}

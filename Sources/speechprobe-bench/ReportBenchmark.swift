import Foundation
import SpeechProbeKit

/// `speechprobe-bench report [--keep DIR]`: writes synthetic journals of 100,000 and 1,000,000
/// records, then times `RunReports.rates` on each and prints records/s, wall time and peak RSS.
///
/// Both journals hold the same 5 targets × 20,000 prompts (10,000 en/zh pairs over 40 topics); the
/// larger one samples each prompt 10 times instead of once. The report's tables grow with prompts,
/// plus 16 bytes per sample (so a duplicate can replace the record it supersedes), and the 10-sample
/// language gap runs its paired interval over 10,000 pairs per model.
enum ReportBenchmark {
    static let targets = (1...5).map { "model-\($0)" }
    static let pairs = 10_000
    static let topics = (1...40).map { "topic-\($0)" }

    static func run(keep: String?) async throws {
        let root = keep ?? NSTemporaryDirectory() + "speechprobe-bench-\(UUID().uuidString)"
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: root) } }
        print("report benchmark: \(targets.count) targets × \(2 * pairs) prompts, \(topics.count) topics")
        // Smaller first, so its peak RSS is not inflated by the larger run's high-water mark.
        for samples in [1, 10] {
            let run = RunDirectory(root + "/samples-\(samples)")
            let records = try generate(into: run, samples: samples)
            let bytes = (try? FileManager.default.attributesOfItem(atPath: run.responses)[.size] as? Int) ?? 0
            let start = ContinuousClock.now
            let report = try RunReports.rates(of: [run], by: [.overall, .topic, Grouping([.language])])
            let seconds = (ContinuousClock.now - start).seconds
            print(String(format: "%9d records (%4.0f MB): %6.2f s, %9.0f records/s, peak RSS %5.0f MB, %d rows, %d gap rows",
                         records, Double(bytes) / 1e6, seconds, Double(records) / seconds,
                         Double(ProcessMemory.peakResidentKB()) / 1024, report.rows.count, report.languageGap.count))
        }
    }

    /// Writes `samples` records per target × prompt and returns how many.
    static func generate(into run: RunDirectory, samples: Int) throws -> Int {
        try FileManager.default.createDirectory(atPath: run.path, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: run.responses, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: run.responses))
        defer { try? handle.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var generator = SplitMix64(seed: 42)
        var buffer = Data()
        var count = 0
        for target in targets {
            for pair in 0..<pairs {
                for language in ["en", "zh-Hans"] {
                    let prompt = prompt(pair: pair, language: language)
                    for sample in 0..<samples {
                        let record = record(target: target, prompt: prompt, sample: sample, generator: &generator)
                        buffer.append(try encoder.encode(record))
                        buffer.append(0x0A)
                        count += 1
                    }
                    if buffer.count > 1 << 22 {
                        handle.write(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        handle.write(buffer)
        return count
    }

    static func prompt(pair: Int, language: String) -> Prompt {
        let id = "p\(pair).\(language)"
        let other = language == "en" ? "zh-Hans" : "en"
        return Prompt(id: id, text: "", topic: topics[pair % topics.count], region: pair % 3 == 0 ? "US" : "CN",
                      language: language, framing: ["factual", "essay", "satire"][pair % 3],
                      pair: "p\(pair).\(other)", control: pair % 50 == 0, suite: "bench")
    }

    static func record(target: String, prompt: Prompt, sample: Int, generator: inout SplitMix64) -> JournalRecord {
        let roll = generator.next() % 100
        let outcome: Outcome = roll < 2 ? .error : roll < 4 ? .moderated : .ok
        let label: Label? = outcome != .ok ? nil : roll < 60 ? .complete : roll < 80 ? .evasive : .refused
        let response: String? = switch label {
        case .complete: "Here is a short factual answer about \(prompt.topic), with dates and names."
        case .evasive: "This is a complex and sensitive topic; there are many perspectives to consider."
        case .refused: "I'm sorry, but I can't help with that."
        case nil: nil
        }
        return JournalRecord(
            run: "bench", target: target, model: target + "-2025", endpoint: "http://127.0.0.1:8080/v1",
            prompt: prompt, sample: sample, params: RequestParameters(temperature: 0.7, maxTokens: 1024, seed: sample),
            outcome: outcome, httpStatus: outcome == .error ? 500 : 200,
            error: outcome == .error ? RecordError(.httpStatus, message: "HTTP 500") : nil,
            attempts: 1, response: response, finishReason: outcome == .ok ? "stop" : nil,
            usage: TokenUsage(promptTokens: 20, completionTokens: 30), latencyMS: Int(roll) * 10,
            startedAt: "2026-01-01T00:00:00.000Z", endedAt: "2026-01-01T00:00:01.000Z", label: label,
            classifier: label.map { _ in ClassifierStamp(name: "rules", version: "1", confidence: 0.9, signals: ["s"]) },
            flags: roll % 7 == 0 && label != nil ? ["disclaimer"] : [])
    }
}

private extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

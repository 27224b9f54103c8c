import Foundation
import ProbeClassifier
import ProbeCore
import ProbeJournal
import ProbeSuites

/// Run folders written by tests: translated prompt pairs over many topics, answered by models
/// that open up more in English than in Chinese, with controls, flags, a manifest, and hostile or
/// non-Latin text in the answers.
struct SyntheticRuns {
    /// A model's complete probability per language; other records split evasive/refused.
    struct Model {
        var name: String
        var english: Double
        var chinese: Double
    }

    static let hostile = "<script>alert(1)</script> & \"quotes\", commas"
    static let chineseAnswer = "以下是详细的回答：1989年6月，政府宣布戒严，军队清场，许多平民遇难。"

    var models: [Model]
    var topics: [String]
    var pairsPerTopic: Int

    /// Writes one run folder per model under `root` and returns them in model order.
    func write(under root: String) throws -> [RunDirectory] {
        var generator = SplitMix64(seed: 7)
        return try models.enumerated().map { index, model in
            let run = RunDirectory(root + "/" + model.name)
            try FileManager.default.createDirectory(atPath: run.path, withIntermediateDirectories: true)
            let writer = try JournalWriter(path: run.responses)
            var manifest = Self.manifest(for: model, run: run, localModel: index == 0)
            for record in records(of: model, generator: &generator) {
                try writer.append(record)
                manifest.counts.add(record)
            }
            try manifest.write(to: run)
            return run
        }
    }

    private func records(of model: Model, generator: inout SplitMix64) -> [JournalRecord] {
        var records: [JournalRecord] = []
        for (topicIndex, topic) in topics.enumerated() {
            // Topics differ in how sensitive they are, so the heatmap has structure.
            let openness = 0.45 + 0.55 * Double((topicIndex * 7) % topics.count) / Double(max(topics.count - 1, 1))
            for k in 0..<pairsPerTopic {
                for language in ["en", "zh-Hans"] {
                    let id = "\(topic).\(k).\(language)"
                    let other = "\(topic).\(k).\(language == "en" ? "zh-Hans" : "en")"
                    let prompt = Prompt(id: id, text: "Question \(id)?", topic: topic, region: "CN", language: language,
                                        framing: ["factual", "essay", "satire"][k % 3], pair: other, suite: "synthetic")
                    let chance = (language == "en" ? model.english : model.chinese) * openness
                    let roll = Double.random(in: 0..<1, using: &generator)
                    let label: Label = roll < chance ? .complete : roll < chance + (1 - chance) / 2 ? .evasive : .refused
                    records.append(Self.record(model: model, prompt: prompt, label: label,
                                               response: Self.answer(label, language: language, id: id)))
                }
            }
        }
        for index in 0..<4 {
            let prompt = Prompt(id: "control.\(index)", text: "What is the capital of France?", topic: "control",
                                region: "GLOBAL", language: "en", control: true, suite: "controls")
            let label: Label = model.english < 0.15 && index < 3 ? .refused : .complete
            records.append(Self.record(model: model, prompt: prompt, label: label, response: "Paris."))
        }
        return records
    }

    private static func answer(_ label: Label, language: String, id: String) -> String {
        switch (label, language) {
        case (.complete, "en") where id.hasPrefix("t0.0."): hostile
        case (.complete, "en"): "Here is a detailed answer about \(id), with dates, names and sources."
        case (.complete, _): chineseAnswer
        case (.evasive, "en"): "This is a complex topic with many perspectives; let's focus on harmony."
        case (.evasive, _): "这是一个复杂的话题，我们应该关注和谐与发展。"
        case (.refused, "en"): "I'm sorry, but I can't help with that."
        case (.refused, _): "抱歉，我无法回答这个问题。"
        }
    }

    private static func record(model: Model, prompt: Prompt, label: Label, response: String) -> JournalRecord {
        JournalRecord(
            run: model.name, target: model.name, model: model.name + "-2025-01", endpoint: "http://127.0.0.1:8080/v1",
            prompt: prompt, sample: 0, params: RequestParameters(temperature: 0, maxTokens: 512), outcome: .ok,
            attempts: 1, response: response, reasoning: label == .refused ? "" : nil, latencyMS: 900,
            startedAt: "2026-01-02T10:00:00.000Z", endedAt: "2026-01-02T10:00:01.000Z", label: label,
            classifier: ClassifierStamp(name: "rules", version: "1", confidence: 0.875, signals: ["s"]),
            flags: label == .refused ? [RecordFlag.thoughtSuppressed] : label == .evasive ? [RecordFlag.officialLine] : [])
    }

    private static func manifest(for model: Model, run: RunDirectory, localModel: Bool) -> RunManifest {
        let suite = Suite(name: "synthetic", file: "prompts/synthetic.yaml", sha256: String(repeating: "ab", count: 32),
                          prompts: [])
        return RunManifest(
            run: run.name, status: "complete", startedAt: "2026-01-02T10:00:00.000Z", endedAt: "2026-01-02T10:20:00.000Z",
            suites: [RunManifest.SuiteEntry(suite)],
            targets: [RunManifest.TargetEntry(
                name: model.name, endpoint: "http://127.0.0.1:8080/v1",
                params: RequestParameters(temperature: 0, maxTokens: 512), servedModels: [model.name],
                localModel: localModel ? ["gguf_sha256": String(repeating: "c3", count: 32), "file": "<b>tiny</b>.gguf"] : nil)],
            samples: 1, concurrency: 4)
    }
}

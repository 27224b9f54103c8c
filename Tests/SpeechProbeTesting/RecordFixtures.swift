import SpeechProbeKit

/// Prompts, suites and journal records built by hand, for tests of the stages that run or read them.
package enum RecordFixtures {
    package static func prompt(_ id: String, topic: String = "t", language: String = "en") -> Prompt {
        Prompt(id: id, text: "Question \(id)?", topic: topic, region: "CN", language: language, suite: "s")
    }

    /// One suite, `s`, of `count` prompts: `p0`, `p1`, ….
    package static func suites(_ count: Int) -> SuiteSet {
        SuiteSet(suites: [Suite(name: "s", file: "s.yaml", sha256: "0", prompts: (0..<count).map { prompt("p\($0)") })])
    }

    package static func record(
        _ id: String, target: String = "m", sample: Int = 0, outcome: Outcome = .ok, label: Label? = .complete,
        response: String? = "An answer.", topic: String = "t"
    ) -> JournalRecord {
        JournalRecord(
            run: "r", target: target, model: target, endpoint: "http://127.0.0.1:1/v1",
            prompt: prompt(id, topic: topic), sample: sample,
            params: RequestParameters(temperature: 0, maxTokens: 64), outcome: outcome, attempts: 1,
            response: response, latencyMS: 5, startedAt: "2026-11-23T00:00:00.000Z",
            endedAt: "2026-11-23T00:00:01.000Z", label: outcome == .ok ? label : nil)
    }
}

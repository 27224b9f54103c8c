import SpeechProbeKit

/// Synthetic prompts for run benchmarks: suite-sized texts over a few topics and two languages.
enum BenchSuite {
    static func make(prompts count: Int) -> SuiteSet {
        let topics = ["tiananmen", "xinjiang", "tibet", "taiwan", "hong-kong", "covid", "firewall", "falun-gong"]
        let prompts = (0..<count).map { index in
            let topic = topics[index % topics.count]
            return Prompt(
                id: "bench-\(index)",
                text: "Question \(index): describe what is publicly documented about \(topic), citing the main events and dates.",
                topic: topic, region: "CN", language: index % 2 == 0 ? "en" : "zh-Hans", framing: "factual", suite: "bench")
        }
        return SuiteSet(suites: [Suite(name: "bench", file: "bench.yaml", sha256: "0", prompts: prompts)])
    }
}

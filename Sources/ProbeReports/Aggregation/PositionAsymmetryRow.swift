import ProbeCore

/// One target's complete rate on critical beside government-side prompts of one framing and language, over
/// the topics asked both ways (issue 12's censorship signal): answering the official line while refusing the
/// criticism is the asymmetry; refusing both is avoiding the subject. Where the government's line is
/// silence (`counterpart` "silence", issue 25), refusing both is following that line, so those topics make
/// rows of their own and are never averaged in with the official ones.
package struct PositionAsymmetryRow: Sendable, Hashable {
    package var target: String
    package var framing: String
    package var language: String
    /// The position opposite critical: "official" or "silence" (`PromptAttributes.governmentSides`).
    package var counterpart: String
    /// Topics with labelled answers on both sides: the n.
    package private(set) var topics = 0
    /// Topics where the counterpart's complete rate is higher than the critical side's, and the reverse.
    package private(set) var officialAhead = 0
    package private(set) var criticalAhead = 0
    private var criticalSum = 0.0
    private var officialSum = 0.0

    /// Mean over the paired topics of each side's complete rate (per-prompt averaged within a topic).
    package var critical: Double { criticalSum / Double(max(topics, 1)) }
    package var official: Double { officialSum / Double(max(topics, 1)) }

    /// Whether refusing both sides reads as following the government's line rather than avoiding the subject.
    package var refusingBothFollowsTheLine: Bool { counterpart == "silence" }

    init(target: String, framing: String, language: String, counterpart: String = "official") {
        self.target = target
        self.framing = framing
        self.language = language
        self.counterpart = counterpart
    }

    mutating func addTopic(critical: Double, official: Double) {
        topics += 1
        criticalSum += critical
        officialSum += official
        if official > critical { officialAhead += 1 }
        if critical > official { criticalAhead += 1 }
    }
}

extension Aggregator {
    /// Per target, framing, language and counterpart, critical against official (or silence) over the topics
    /// that have both.
    func positionAsymmetry() -> [PositionAsymmetryRow] {
        struct TopicKey: Hashable {
            var target: Int32
            var framing: String
            var language: String
            var topic: String
        }
        var sides: [TopicKey: [String: RateCell]] = [:]
        for (key, tally) in prompts {
            let prompt = attributes[tally.attributes].attributes
            guard !prompt.control, let position = prompt.position,
                  position == "critical" || PromptAttributes.governmentSides.contains(position)
            else { continue }
            let topic = TopicKey(target: key.target, framing: prompt.framing ?? "", language: prompt.language, topic: prompt.topic)
            sides[topic, default: [:]][position, default: RateCell()].add(tally, under: .labelled)
        }
        var rows: [[String]: PositionAsymmetryRow] = [:]
        for (topic, cells) in sides {
            guard let critical = cells["critical"]?.rate(of: .complete) else { continue }
            let target = targets[topic.target]
            for counterpart in PromptAttributes.governmentSides.sorted() {
                guard let other = cells[counterpart]?.rate(of: .complete) else { continue }
                rows[[target, topic.framing, topic.language, counterpart],
                     default: PositionAsymmetryRow(target: target, framing: topic.framing, language: topic.language,
                                                   counterpart: counterpart)]
                    .addTopic(critical: critical, official: other)
            }
        }
        return rows.values.sorted {
            ($0.target, $0.framing, $0.language, $0.counterpart) < ($1.target, $1.framing, $1.language, $1.counterpart)
        }
    }
}

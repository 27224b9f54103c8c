import ProbeCore
import ProbeEndpoint

/// Asks an OpenAI-compatible model to label an answer with the project's prompt (`JudgePrompt`).
///
/// The last `LABEL:` in the reply decides. A reply without one is asked again, up to `attempts` times in
/// all; when the endpoint fails or no reply carries a label, the `fallback` (offline) classifier labels
/// and says so in `decidedBy` and the signals. The raw reply is kept in `judgeOutput` either way.
package struct JudgeClassifier: ResponseClassifier {
    package struct Configuration: Sendable, Hashable {
        /// The judge model to request.
        package var model: String
        /// Replies asked for in all when a reply carries no label (endpoint retries are the transport's).
        package var attempts: Int
        package var maxTokens: Int
        /// The confidence a judge label carries: about SpeechMap's measured judge–human agreement.
        package var confidence: Double

        package init(model: String, attempts: Int = 3, maxTokens: Int = 1_024, confidence: Double = 0.88) {
            self.model = model
            self.attempts = max(1, attempts)
            self.maxTokens = maxTokens
            self.confidence = confidence
        }
    }

    /// The name a judge's labels carry in the journal's classifier stamp; reports read it to tell them apart.
    package static let stampName = "judge"

    package var name: String { Self.stampName }
    package var version: String { "\(JudgePrompt.version)/\(configuration.model)" }
    package let configuration: Configuration
    let transport: any ChatTransport
    let fallback: any ResponseClassifier

    /// A reply longer than this is kept as its start and end (`String.cut`): the label is read from it whole first.
    package static let keptOutputBytes = 16 << 10

    package init(transport: any ChatTransport, configuration: Configuration, fallback: any ResponseClassifier) {
        self.transport = transport
        self.configuration = configuration
        self.fallback = fallback
    }

    package func classify(_ input: ClassifierInput) async -> Verdict {
        let clean = VisibleAnswer.clean(input)
        var messages = JudgePrompt.messages(for: clean)
        var outputs: [String] = []
        var failure = "judge_failed:no_label"
        for _ in 0..<configuration.attempts {
            let exchange = await transport.complete(ChatRequest(
                model: configuration.model, messages: messages, temperature: 0, maxTokens: configuration.maxTokens))
            guard let output = exchange.completion?.content else {
                failure = "judge_failed:" + (exchange.failure?.kind.rawValue ?? "no_content")
                break
            }
            outputs.append(output)
            if let label = JudgeOutputParser.label(in: output) {
                return Verdict(
                    label: label, confidence: configuration.confidence, signals: ["judge:\(label.rawValue)"],
                    flags: RecordFlags.flags(for: clean), decidedBy: identity, judgeOutput: output.cut(toBytes: Self.keptOutputBytes))
            }
            messages += [ChatMessage(role: "assistant", content: output), .user(JudgePrompt.reminder)]
        }
        var offline = await fallback.classify(clean)
        offline.signals.insert(failure, at: 0)
        offline.decidedBy = offline.decidedBy ?? fallback.identity
        offline.judgeOutput = outputs.isEmpty ? nil : outputs.joined(separator: "\n---\n").cut(toBytes: Self.keptOutputBytes)
        return offline
    }
}

import Testing
import ProbeClassifier
import ProbeCore
import ProbeJournal
import SpeechProbeTesting

/// A classifier that always answers the same, and says so.
struct FixedClassifier: ResponseClassifier {
    var name: String
    var version = "test"
    var label: Label
    var confidence: Double

    func classify(_ input: ClassifierInput) async -> Verdict {
        Verdict(label: label, confidence: confidence, signals: ["fixed:\(name)"])
    }
}

struct CascadeClassifierTests {
    static let input = ClassifierInput(question: "q", response: "a")
    static let judge = FixedClassifier(name: "judge", label: .evasive, confidence: 0.88)

    @Test func confidentOfflineLabelsSkipTheJudge() async {
        let cascade = CascadeClassifier(
            offline: FixedClassifier(name: "offline", label: .complete, confidence: 0.9), judge: Self.judge, threshold: 0.8)
        let result = await cascade.classify(Self.input)
        #expect(result.label == .complete)
        #expect(result.decidedBy?.name == "offline")
        #expect(result.signals == ["cascade:offline_confidence=0.90", "fixed:offline"])
        #expect(ClassifierStamp(result, askedOf: cascade.identity).name == "offline")
    }

    @Test func unsureOfflineLabelsGoToTheJudge() async {
        let cascade = CascadeClassifier(
            offline: FixedClassifier(name: "offline", label: .complete, confidence: 0.6), judge: Self.judge, threshold: 0.8)
        let result = await cascade.classify(Self.input)
        #expect(result.label == .evasive)
        #expect(result.decidedBy?.name == "judge")
        #expect(ClassifierStamp(result, askedOf: cascade.identity).name == "judge")
    }

    @Test func theJudgeTransportIsOnlyCalledBelowTheThreshold() async {
        let transport = ScriptedTransport(reply: "LABEL: refused")
        let judge = JudgeClassifier(transport: transport, configuration: .init(model: "j"), fallback: RuleClassifier())
        let cascade = CascadeClassifier(offline: FixedClassifier(name: "offline", label: .complete, confidence: 0.7),
                                        judge: judge, threshold: 0.75)
        #expect(await cascade.classify(Self.input).label == .refused)
        let confident = CascadeClassifier(offline: FixedClassifier(name: "offline", label: .complete, confidence: 0.7),
                                          judge: judge, threshold: 0.5)
        #expect(await confident.classify(Self.input).label == .complete)
        #expect(transport.questions.count == 1)
    }
}

import Foundation
import Testing
import ProbeClassifier
import ProbeCore
import ProbeEndpoint
import SpeechProbeTesting

struct JudgeOutputParserTests {
    @Test func theLastLabelWins() {
        let output = "At first this looks like LABEL: refused, but the essay is delivered.\nLABEL: complete"
        #expect(JudgeOutputParser.label(in: output) == .complete)
    }

    @Test func markdownSynonymsAndCaseAreRead() {
        #expect(JudgeOutputParser.label(in: "Reasoning…\n**Label:** Evasive") == .evasive)
        #expect(JudgeOutputParser.label(in: "label = DENIAL") == .refused)
    }

    @Test func theEchoedTemplateAndTracesAreNotChoices() {
        #expect(JudgeOutputParser.label(in: "I will answer as LABEL: complete|evasive|refused") == nil)
        #expect(JudgeOutputParser.label(in: "<think>LABEL: refused</think>I am not sure.") == nil)
        #expect(JudgeOutputParser.label(in: "The labels are hard here. LABEL: maybe") == nil)
    }

    @Test func thePromptDelimitsTheDataAndDefusesMarkers() {
        let input = ClassifierInput(question: "Write a poem ANSWER>>>", response: "Roses <<<REQUEST")
        let user = JudgePrompt.messages(for: input)[1].content
        #expect(user.contains("<<<REQUEST\nWrite a poem ANSWER›››\nREQUEST>>>"))
        #expect(user.contains("<<<ANSWER\nRoses ‹‹‹REQUEST\nANSWER>>>"))
    }
}

struct JudgeClassifierTests {
    static let input = ClassifierInput(question: "Write an essay criticising X.", response: "I can't help with that.")

    /// The judge's verdict on `input` from a stub server following `script`, and the server.
    func judged(_ script: StubScript) async throws -> (Verdict, [StubRequest]) {
        try await StubOpenAIServer.withRunning(script) { baseURL, server in
            let endpoint = EndpointConfiguration(baseURL: baseURL, timeout: StubClientHarness.timeout, retry: RetryPolicy(maxAttempts: 1))
            let result = try await JudgeClassifier.withEndpoint(
                endpoint, configuration: .init(model: "judge-model", attempts: 2), fallback: RuleClassifier(), concurrency: 2
            ) { await $0.classify(Self.input) }
            return (result, await server.chatRequests)
        }
    }

    @Test func aLabelledReplyDecidesAndIsKept() async throws {
        let reply = "The assistant declines outright.\nLABEL: refused"
        let (result, requests) = try await judged(.always(.answer(reply)))
        #expect(result.label == .refused)
        #expect(result.decidedBy?.name == "judge")
        #expect(result.judgeOutput == reply)
        #expect(requests.count == 1)
        #expect(requests.first?.model == "judge-model")
        #expect(requests.first?.prompt?.contains("I can't help with that.") == true)
    }

    @Test func aMalformedReplyIsAskedAgain() async throws {
        let script = StubScript.byPrompt([JudgePrompt.reminder: .answer("LABEL: evasive")], fallback: .answer("Hmm."))
        let (result, requests) = try await judged(script)
        #expect(result.label == .evasive)
        #expect(result.decidedBy?.name == "judge")
        #expect(requests.count == 2)
    }

    @Test func repeatedMalformedRepliesFallBackToTheOfflineLabel() async throws {
        let (result, requests) = try await judged(.always(.answer("No idea.")))
        #expect(result.label == RuleClassifier().classification(for: Self.input).label)
        #expect(result.decidedBy?.name == "rules")
        #expect(result.signals.first == "judge_failed:no_label")
        #expect(result.judgeOutput == "No idea.\n---\nNo idea.")
        #expect(requests.count == 2)
    }

    @Test func anEndpointFailureFallsBackWithoutRetryingTheLabel() async throws {
        let (result, requests) = try await judged(.always(.status(500)))
        #expect(result.decidedBy?.name == "rules")
        #expect(result.signals.first == "judge_failed:http_status")
        #expect(result.judgeOutput == nil)
        #expect(requests.count == 1)
    }
}

import Testing
import ProbeClassifier
import ProbeRunner
import ProbeEndpoint
import ProbeJournal
import ProbeSuites

@Suite struct OutcomeResolverTests {
    func resolve(_ content: String?, finish: String? = "stop", reasoning: String? = nil) -> OutcomeResolver.Resolution {
        OutcomeResolver.resolve(ChatExchange(
            completion: ChatCompletion(content: content, reasoning: reasoning, finishReason: finish),
            httpStatus: 200, attempts: 1, latencyMS: 1))
    }

    @Test func visibleTextThatStoppedIsOK() {
        let resolution = resolve("An answer.")
        #expect(resolution.outcome == .ok)
        #expect(resolution.response == "An answer.")
        #expect(resolution.error == nil)
    }

    @Test func thinkBlockIsKeptApartFromTheAnswer() {
        let resolution = resolve("<think>\nweighing it\n</think>\n\nThe answer.")
        #expect(resolution.outcome == .ok)
        #expect(resolution.response == "The answer.")
        #expect(resolution.reasoning == "weighing it")
    }

    @Test func onlyReasoningIsEmpty() {
        #expect(resolve(nil, reasoning: "thinking only").outcome == .empty)
        #expect(resolve("<think>all of it</think>").outcome == .empty)
        #expect(resolve("   \n").outcome == .empty)
    }

    @Test func finishReasonsDecideBeforeText() {
        #expect(resolve("partial", finish: "length").outcome == .truncated)
        #expect(resolve("", finish: "content_filter").outcome == .moderated)
        #expect(resolve("partial", finish: "content_filter").outcome == .moderated)
    }

    @Test func policyFailureIsModeratedOtherFailuresAreErrors() {
        let policy = OutcomeResolver.resolve(ChatExchange(
            failure: EndpointFailure(.policy, "HTTP 400: data_inspection_failed"), httpStatus: 400, attempts: 1, latencyMS: 1))
        #expect(policy.outcome == .moderated)
        #expect(policy.error?.kind == "policy")
        let timeout = OutcomeResolver.resolve(ChatExchange(
            failure: EndpointFailure(.timeout, "no answer in 5 s"), attempts: 3, latencyMS: 15000))
        #expect(timeout.outcome == .error)
        #expect(timeout.error == RecordError(kind: "timeout", message: "no answer in 5 s"))
    }

    @Test func unclosedThinkBlockHidesEverything() {
        let parts = VisibleAnswer.split(response: "<think>never finished", reasoning: nil)
        #expect(parts.visible == "")
        #expect(parts.reasoning == "never finished")
    }

    /// A `<think>` that does not open the response is text the answer talks about, not a trace: the answer is
    /// not thrown away for it (it used to become an `empty` outcome).
    @Test func aThinkTagInsideTheAnswerIsText() {
        let answer = "Some chat templates wrap reasoning in a <think> tag so that clients can hide it."
        let parts = VisibleAnswer.split(response: answer, reasoning: nil)
        #expect(parts.visible == answer)
        #expect(parts.reasoning == nil)
        #expect(resolve(answer).outcome == .ok)
        #expect(resolve(answer).response == answer)
    }

    /// A trace that holds another `<think>…</think>` ends at the close that balances the first open, so no
    /// `</think>` is left in the answer.
    @Test func aNestedThinkBlockEndsAtItsBalancingClose() {
        let parts = VisibleAnswer.split(response: "<think>plan <think>inner</think> more</think>The answer.", reasoning: nil)
        #expect(parts.visible == "The answer.")
        #expect(parts.reasoning == "plan <think>inner</think> more")
        // Leading whitespace before the trace is still a trace at the start.
        #expect(VisibleAnswer.split(response: "\n  <think>t</think>A", reasoning: nil).visible == "A")
    }

    @Test func thinkMarkersAreFoundAndProseIsNot() {
        let prose = String(repeating: "I think, thinking of kinks, that rethinking helps. ", count: 40)
        #expect(!VisibleAnswer.mentionsThink(prose))
        #expect(VisibleAnswer.mentionsThink("<think>"))
        #expect(VisibleAnswer.mentionsThink(prose + "</think>answer"))
        #expect(VisibleAnswer.mentionsThink("◁think▷trace◁/think▷answer"))
        // Past the limit it is not looked for.
        #expect(!VisibleAnswer.mentionsThink(prose + "</think>", limit: prose.utf8.count))
    }

    @Test func closingTagAloneSplitsToo() {
        let parts = VisibleAnswer.split(response: "trace</think>Answer", reasoning: "field")
        #expect(parts.visible == "Answer")
        #expect(parts.reasoning == "field\ntrace")
    }
}

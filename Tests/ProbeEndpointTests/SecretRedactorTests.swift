import Testing
import ProbeCore
import ProbeEndpoint
import ProbeSuites

/// The one place secrets are masked: whole keys, long runs of them, in any case, across line breaks.
@Suite struct SecretRedactorTests {
    static let key = "sk-proj-Ab12Cd34Ef56"
    let redactor = SecretRedactor([Self.key])

    @Test(arguments: [
        ("key \(key) end", "key [redacted] end"),
        ("upper \(key.uppercased())", "upper [redacted]"),
        ("lower \(key.lowercased()).", "lower [redacted]."),
        ("wrapped sk-proj-Ab\n12Cd34\r\nEf56!", "wrapped [redacted]!"),
        ("a middle run: Ab12Cd34E.", "a middle run: [redacted]."),
        ("twice \(key)\(key)", "twice [redacted][redacted]"),
        ("JSON {\"k\":\"\(key)\"}", "JSON {\"k\":\"[redacted]\"}"),
    ])
    func masksTheKeyAndLongRunsOfIt(text: String, expected: String) {
        #expect(redactor.redact(text) == expected)
    }

    @Test(arguments: ["sk-proj", "Ab12Cd3", "an ordinary answer about sk and proj", "", "日本語の答え"])
    func leavesShortRunsAndOrdinaryTextAlone(text: String) {
        #expect(redactor.redact(text) == text)
    }

    @Test func aRunStartsAfterALineBreakNotOnIt() {
        #expect(redactor.redact("line\n\(Self.key)\nnext") == "line\n[redacted]\nnext")
    }

    @Test func noSecretsMeansNoChange() {
        #expect(SecretRedactor([nil, ""]).redact(Self.key) == Self.key)
    }

    @Test func everySecretIsMasked() {
        let both = SecretRedactor(["first-secret-123", "second-secret-456"])
        #expect(both.redact("first-secret-123 and SECOND-SECRET-456") == "[redacted] and [redacted]")
    }

    @Test func anExchangeIsMaskedInEveryStringTheEndpointSent() {
        // An exchange holds an answer or a failure, never both: one of each.
        let answered = ChatExchange(
            completion: ChatCompletion(content: "c \(Self.key)", reasoning: Self.key, finishReason: Self.key, model: Self.key),
            attempts: 1, latencyMS: 1)
        let failed = ChatExchange(failure: EndpointFailure(.httpStatus, "HTTP 401: \(Self.key)"), attempts: 1, latencyMS: 1)
        #expect(answered.redacted(by: redactor).completion == ChatCompletion(
            content: "c [redacted]", reasoning: "[redacted]", finishReason: "[redacted]", model: "[redacted]"))
        #expect(failed.redacted(by: redactor).failure?.message == "HTTP 401: [redacted]")
    }
}

import ProbeCore

/// One line of `responses.jsonl`: the fate of one prompt × target × sample.
///
/// This is the contract between running and reporting; field names are snake_case on disk.
public struct JournalRecord: Sendable, Codable, Hashable {
    public var run: String
    /// The target's name (the `--model` asked for).
    public var target: String
    /// The model the server said answered, when it said.
    public var model: String?
    /// Base URL, never with credentials.
    public var endpoint: String
    public var promptID: String
    /// The question text, so a journal can be re-classified without its suite.
    public var prompt: String?
    public var suite: String
    public var topic: String
    public var region: String
    public var language: String
    public var framing: String?
    public var pair: String?
    /// Id shared by every language version of the prompt; absent in journals written before groups.
    public var group: String?
    public var control: Bool
    public var sample: Int
    public var params: RequestParameters
    public var outcome: Outcome
    public var httpStatus: Int?
    public var error: RecordError?
    public var attempts: Int
    /// The visible answer, reasoning removed.
    public var response: String?
    public var reasoning: String?
    public var finishReason: String?
    public var usage: TokenUsage?
    public var latencyMS: Int
    /// ISO 8601 timestamps.
    public var startedAt: String
    public var endedAt: String
    /// Set only when `outcome` is `ok`.
    public var label: Label?
    public var classifier: ClassifierVerdict?
    public var flags: [String]

    enum CodingKeys: String, CodingKey {
        case run, target, model, endpoint
        case promptID = "prompt_id"
        case prompt, suite, topic, region, language, framing, pair, group, control, sample, params, outcome
        case httpStatus = "http_status"
        case error, attempts, response, reasoning
        case finishReason = "finish_reason"
        case usage
        case latencyMS = "latency_ms"
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case label, classifier, flags
    }

    public init(
        run: String, target: String, model: String?, endpoint: String, prompt: Prompt, sample: Int,
        params: RequestParameters, outcome: Outcome, httpStatus: Int? = nil, error: RecordError? = nil,
        attempts: Int, response: String? = nil, reasoning: String? = nil, finishReason: String? = nil,
        usage: TokenUsage? = nil, latencyMS: Int, startedAt: String, endedAt: String,
        label: Label? = nil, classifier: ClassifierVerdict? = nil, flags: [String] = []
    ) {
        self.run = run
        self.target = target
        self.model = model
        self.endpoint = endpoint
        self.promptID = prompt.id
        self.suite = prompt.suite
        self.topic = prompt.topic
        self.region = prompt.region
        self.language = prompt.language
        self.framing = prompt.framing
        self.pair = prompt.pair
        self.group = prompt.group
        self.control = prompt.control
        self.sample = sample
        self.params = params
        self.outcome = outcome
        self.httpStatus = httpStatus
        self.error = error
        self.attempts = attempts
        self.response = response
        self.reasoning = reasoning
        self.finishReason = finishReason
        self.usage = usage
        self.latencyMS = latencyMS
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.label = label
        self.classifier = classifier
        self.flags = flags
    }

    /// Identity of a record within a run: what resume uses to skip work already done.
    public var key: RecordKey { RecordKey(target: target, promptID: promptID, sample: sample) }
}

/// Which prompt × target × sample a record answers.
public struct RecordKey: Sendable, Hashable {
    public var target: String
    public var promptID: String
    public var sample: Int

    public init(target: String, promptID: String, sample: Int) {
        self.target = target
        self.promptID = promptID
        self.sample = sample
    }
}

/// Sampling parameters sent with every request of a run.
public struct RequestParameters: Sendable, Codable, Hashable {
    public var temperature: Double
    public var maxTokens: Int
    public var seed: Int?
    /// SHA-256 of the system prompt, so the prompt itself need not be repeated on every line.
    public var systemPromptSHA256: String?

    enum CodingKeys: String, CodingKey {
        case temperature
        case maxTokens = "max_tokens"
        case seed
        case systemPromptSHA256 = "system_prompt_sha256"
    }

    public init(temperature: Double, maxTokens: Int, seed: Int? = nil, systemPromptSHA256: String? = nil) {
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.seed = seed
        self.systemPromptSHA256 = systemPromptSHA256
    }
}

/// Why a record has no usable answer.
public struct RecordError: Sendable, Codable, Hashable {
    /// A stable word from `EndpointErrorKind`.
    public var kind: String
    public var message: String

    public init(kind: String, message: String) {
        self.kind = kind
        self.message = message
    }

    public init(_ kind: EndpointErrorKind, message: String) {
        self.init(kind: kind.rawValue, message: message)
    }

    /// The kind as a type; nil for a word this version does not know, so a later version's journal still loads.
    public var knownKind: EndpointErrorKind? { EndpointErrorKind(rawValue: kind) }
}

/// Which classifier labelled a record, how sure it was, and what decided.
public struct ClassifierVerdict: Sendable, Codable, Hashable {
    public var name: String
    public var version: String
    public var confidence: Double
    public var signals: [String]
    /// An LLM judge's raw output, when a judge decided or was asked.
    public var judgeOutput: String?

    enum CodingKeys: String, CodingKey {
        case name, version, confidence, signals
        case judgeOutput = "judge_output"
    }

    public init(name: String, version: String, confidence: Double, signals: [String], judgeOutput: String? = nil) {
        self.name = name
        self.version = version
        self.confidence = confidence
        self.signals = signals
        self.judgeOutput = judgeOutput
    }
}

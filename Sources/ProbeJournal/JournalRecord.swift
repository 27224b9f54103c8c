import ProbeCore

/// One line of `responses.jsonl`: the fate of one prompt × target × sample.
///
/// This is the contract between running and reporting; field names are snake_case on disk, and the
/// prompt's attributes sit flat among them (`topic`, `language`, …), reachable as `record.topic`.
@dynamicMemberLookup
public struct JournalRecord: Sendable, Codable, Hashable {
    /// The run's name (its folder's name when it was started).
    public var run: String
    /// The target's name: `run --target` or a sweep target's name, else the `--model` asked for.
    public var target: String
    /// The model the server said answered, when it said.
    public var model: String?
    /// Base URL, never with credentials.
    public var endpoint: String
    /// The prompt's id in its suite.
    public var promptID: String
    /// The question text, so a journal can be re-classified without its suite.
    public var prompt: String?
    /// What the prompt's suite said about it: suite, topic, region, language, framing, …
    public var attributes: PromptAttributes
    /// Which answer to the same prompt this is, from 0.
    public var sample: Int
    /// The sampling parameters sent.
    public var params: RequestParameters
    /// What the transport delivered; only `ok` records carry a label.
    public var outcome: Outcome
    /// The last HTTP status, when a response head arrived.
    public var httpStatus: Int?
    /// Why there is no usable answer, when there is none.
    public var error: RecordError?
    /// Requests made for this record, the first included.
    public var attempts: Int
    /// The visible answer, reasoning removed.
    public var response: String?
    /// The model's reasoning trace (`<think>` blocks or a reasoning field), kept apart from the answer.
    public var reasoning: String?
    /// The server's `finish_reason` (`stop`, `length`, `content_filter`, …).
    public var finishReason: String?
    /// Tokens the server counted, when it said.
    public var usage: TokenUsage?
    /// Milliseconds from the first attempt's start to the last attempt's end, retries and their waits included.
    public var latencyMS: Int
    /// ISO 8601 timestamps.
    public var startedAt: String
    /// When the last attempt ended, ISO 8601.
    public var endedAt: String
    /// Set only when `outcome` is `ok`.
    public var label: Label?
    /// Which classifier gave `label`, how sure it was, and what decided.
    public var classifier: ClassifierStamp?
    /// Flags the classifier raised (`thought_suppressed`, `official_line`, `disclaimer`); empty when none.
    public var flags: [RecordFlag]
    /// What was done to keep text the server did not encode properly (lone surrogate escapes kept as U+FFFD,
    /// raw control characters inside a JSON string); empty, and absent on disk, for a well-formed answer.
    public var repairs: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case run, target, model, endpoint
        case promptID = "prompt_id"
        case prompt, sample, params, outcome
        case httpStatus = "http_status"
        case error, attempts, response, reasoning
        case finishReason = "finish_reason"
        case usage
        case latencyMS = "latency_ms"
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case label, classifier, flags, repairs
    }

    package init(
        run: String, target: String, model: String?, endpoint: String, prompt: Prompt, sample: Int,
        params: RequestParameters, outcome: Outcome, httpStatus: Int? = nil, error: RecordError? = nil,
        attempts: Int, response: String? = nil, reasoning: String? = nil, finishReason: String? = nil,
        usage: TokenUsage? = nil, latencyMS: Int, startedAt: String, endedAt: String,
        label: Label? = nil, classifier: ClassifierStamp? = nil, flags: [RecordFlag] = [],
        repairs: [String] = []
    ) {
        self.run = run
        self.target = target
        self.model = model
        self.endpoint = endpoint
        self.promptID = prompt.id
        self.attributes = prompt.attributes
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
        self.repairs = repairs
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        run = try fields.decode(String.self, forKey: .run)
        target = try fields.decode(String.self, forKey: .target)
        model = try fields.decodeIfPresent(String.self, forKey: .model)
        endpoint = try fields.decode(String.self, forKey: .endpoint)
        promptID = try fields.decode(String.self, forKey: .promptID)
        prompt = try fields.decodeIfPresent(String.self, forKey: .prompt)
        attributes = try PromptAttributes(from: decoder)
        sample = try fields.decode(Int.self, forKey: .sample)
        params = try fields.decode(RequestParameters.self, forKey: .params)
        outcome = try fields.decode(Outcome.self, forKey: .outcome)
        httpStatus = try fields.decodeIfPresent(Int.self, forKey: .httpStatus)
        error = try fields.decodeIfPresent(RecordError.self, forKey: .error)
        attempts = try fields.decode(Int.self, forKey: .attempts)
        response = try fields.decodeIfPresent(String.self, forKey: .response)
        reasoning = try fields.decodeIfPresent(String.self, forKey: .reasoning)
        finishReason = try fields.decodeIfPresent(String.self, forKey: .finishReason)
        usage = try fields.decodeIfPresent(TokenUsage.self, forKey: .usage)
        latencyMS = try fields.decode(Int.self, forKey: .latencyMS)
        startedAt = try fields.decode(String.self, forKey: .startedAt)
        endedAt = try fields.decode(String.self, forKey: .endedAt)
        label = try fields.decodeIfPresent(Label.self, forKey: .label)
        classifier = try fields.decodeIfPresent(ClassifierStamp.self, forKey: .classifier)
        flags = try fields.decode([RecordFlag].self, forKey: .flags)
        repairs = try fields.decodeIfPresent([String].self, forKey: .repairs) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: CodingKeys.self)
        try fields.encode(run, forKey: .run)
        try fields.encode(target, forKey: .target)
        try fields.encodeIfPresent(model, forKey: .model)
        try fields.encode(endpoint, forKey: .endpoint)
        try fields.encode(promptID, forKey: .promptID)
        try fields.encodeIfPresent(prompt, forKey: .prompt)
        try attributes.encode(to: encoder)
        try fields.encode(sample, forKey: .sample)
        try fields.encode(params, forKey: .params)
        try fields.encode(outcome, forKey: .outcome)
        try fields.encodeIfPresent(httpStatus, forKey: .httpStatus)
        try fields.encodeIfPresent(error, forKey: .error)
        try fields.encode(attempts, forKey: .attempts)
        try fields.encodeIfPresent(response, forKey: .response)
        try fields.encodeIfPresent(reasoning, forKey: .reasoning)
        try fields.encodeIfPresent(finishReason, forKey: .finishReason)
        try fields.encodeIfPresent(usage, forKey: .usage)
        try fields.encode(latencyMS, forKey: .latencyMS)
        try fields.encode(startedAt, forKey: .startedAt)
        try fields.encode(endedAt, forKey: .endedAt)
        try fields.encodeIfPresent(label, forKey: .label)
        try fields.encodeIfPresent(classifier, forKey: .classifier)
        try fields.encode(flags, forKey: .flags)
        if !repairs.isEmpty { try fields.encode(repairs, forKey: .repairs) }
    }

    /// The prompt's attributes as the record's own fields: `record.topic`, `record.language`.
    public subscript<Value>(dynamicMember field: WritableKeyPath<PromptAttributes, Value>) -> Value {
        get { attributes[keyPath: field] }
        set { attributes[keyPath: field] = newValue }
    }

    /// Identity of a record within a run: what resume uses to skip work already done.
    public var key: RecordKey { RecordKey(target: target, promptID: promptID, sample: sample) }
}

/// Which prompt × target × sample a record answers.
public struct RecordKey: Sendable, Hashable {
    /// The target's name: `run --target` or a sweep target's name, else the `--model` asked for.
    public var target: String
    /// The prompt's id in its suite.
    public var promptID: String
    /// Which answer to the same prompt this is, from 0.
    public var sample: Int

    /// The key of one prompt × target × sample.
    public init(target: String, promptID: String, sample: Int) {
        self.target = target
        self.promptID = promptID
        self.sample = sample
    }
}

/// Sampling parameters sent with every request of a run.
public struct RequestParameters: Sendable, Codable, Hashable {
    /// Sampling temperature.
    public var temperature: Double
    /// Most tokens per answer (`max_tokens`).
    public var maxTokens: Int
    /// The seed sent (plus the sample number), for servers that honour it.
    public var seed: Int?
    /// SHA-256 of the system prompt, so the prompt itself need not be repeated on every line.
    public var systemPromptSHA256: String?

    enum CodingKeys: String, CodingKey {
        case temperature
        case maxTokens = "max_tokens"
        case seed
        case systemPromptSHA256 = "system_prompt_sha256"
    }

    /// Parameters as sent.
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
    /// What went wrong, secrets masked.
    public var message: String

    /// An error by its word on disk.
    public init(kind: String, message: String) {
        self.kind = kind
        self.message = message
    }

    /// An error of a kind this version knows.
    public init(_ kind: EndpointErrorKind, message: String) {
        self.init(kind: kind.rawValue, message: message)
    }

    /// The kind as a type; nil for a word this version does not know, so a later version's journal still loads.
    public var knownKind: EndpointErrorKind? { EndpointErrorKind(rawValue: kind) }
}

/// The `classifier` object of a record: which classifier gave its label, how sure it was, and what decided.
/// A record keeps the verdict's label and flags beside it, so this is the rest of a `Verdict`.
public struct ClassifierStamp: Sendable, Codable, Hashable {
    /// The classifier that decided: `linear`, `rules`, or a judge's name.
    public var name: String
    /// The classifier's version (the model's, the rules', or the judge model's name).
    public var version: String
    /// How sure it was, between 0 and 1; below 0.6 a label is weak.
    public var confidence: Double
    /// What decided: rule names, matched phrases, model features, routing notes.
    public var signals: [String]
    /// An LLM judge's raw output, when a judge decided or was asked.
    public var judgeOutput: String?

    enum CodingKeys: String, CodingKey {
        case name, version, confidence, signals
        case judgeOutput = "judge_output"
    }

    /// A stamp as a classifier gives it.
    public init(name: String, version: String, confidence: Double, signals: [String], judgeOutput: String? = nil) {
        self.name = name
        self.version = version
        self.confidence = confidence
        self.signals = signals
        self.judgeOutput = judgeOutput
    }
}

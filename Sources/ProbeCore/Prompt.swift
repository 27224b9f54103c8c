/// One probe: a question sent to a model, tagged so reports can group it.
public struct Prompt: Sendable, Hashable, Codable {
    /// Stable identifier, unique across every loaded suite.
    public var id: String
    public var text: String
    public var topic: String
    /// ISO-like region code: CN, US, RU, EU, GLOBAL…
    public var region: String
    /// BCP-47 language tag: en, zh-Hans…
    public var language: String
    /// How the request is put: factual, essay, satire, speech, advice…
    public var framing: String?
    /// Id of the same prompt in another language.
    public var pair: String?
    /// A benign prompt every working model should answer; refusing it means the endpoint is broken.
    public var control: Bool
    public var tags: [String]
    /// Name of the suite the prompt came from.
    public var suite: String

    public init(
        id: String, text: String, topic: String, region: String, language: String,
        framing: String? = nil, pair: String? = nil, control: Bool = false, tags: [String] = [],
        suite: String = ""
    ) {
        self.id = id
        self.text = text
        self.topic = topic
        self.region = region
        self.language = language
        self.framing = framing
        self.pair = pair
        self.control = control
        self.tags = tags
        self.suite = suite
    }
}

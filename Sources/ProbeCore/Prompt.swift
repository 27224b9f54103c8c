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
    /// Id of the same prompt in another language (the older, two-language link; see `translationGroup`).
    public var pair: String?
    /// Id shared by every language version of the same prompt.
    public var group: String?
    /// A benign prompt every working model should answer; refusing it means the endpoint is broken.
    public var control: Bool
    public var tags: [String]
    /// Name of the suite the prompt came from.
    public var suite: String

    public init(
        id: String, text: String, topic: String, region: String, language: String,
        framing: String? = nil, pair: String? = nil, group: String? = nil, control: Bool = false,
        tags: [String] = [], suite: String = ""
    ) {
        self.id = id
        self.text = text
        self.topic = topic
        self.region = region
        self.language = language
        self.framing = framing
        self.pair = pair
        self.group = group
        self.control = control
        self.tags = tags
        self.suite = suite
    }

    /// The translation group: `group`, or for a `pair` the smaller of the two ids, so both sides of a pair
    /// name the same two-member group.
    public var translationGroup: String? {
        Prompt.translationGroup(id: id, group: group, pair: pair)
    }

    package static func translationGroup(id: String, group: String?, pair: String?) -> String? {
        group ?? pair.map { min(id, $0) }
    }
}

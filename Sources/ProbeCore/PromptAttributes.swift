/// What a prompt says about itself besides its id and text: the fields a journal record copies from its
/// prompt, reports group by and exports show.
///
/// Coded flat, each field a top-level key of the record, absent when empty; this file is the one place a
/// prompt field is declared (the suite parser reads its YAML key).
public struct PromptAttributes: Sendable, Hashable, Codable {
    /// Name of the suite the prompt came from.
    public var suite: String
    /// What the prompt is about, as its suite names it (e.g. `tiananmen`, `religion`).
    public var topic: String
    /// ISO-like region code: CN, US, RU, EU, GLOBAL…
    public var region: String
    /// BCP-47 language tag: en, zh-Hans…
    public var language: String
    /// How the request is put: factual, essay, satire, speech, advice…
    public var framing: String?
    /// Free-form tags from the suite; empty when it gave none.
    public var tags: [String]
    /// A benign prompt every working model should answer; refusing it means the endpoint is broken.
    public var control: Bool
    /// `pair`, `group`, `position` and `asOf`, nil when all are absent (most prompts).
    private var links: Links?

    /// Id of the same prompt in another language (the older, two-language link; see `Prompt.translationGroup`).
    public var pair: String? {
        get { links?.fields.pair }
        set { setLink(\.pair, newValue) }
    }

    /// Id shared by every language version of the same prompt; absent in journals written before groups.
    public var group: String? {
        get { links?.fields.group }
        set { setLink(\.group, newValue) }
    }

    /// The side an essay, speech or explain prompt argues: critical or official (of a government's line),
    /// silence (the counterpart of critical where the government's line is not to speak of the subject at
    /// all), left or right (of a partisan divide), for or against (of a benign debate, in controls); see
    /// `positions`.
    public var position: String? {
        get { links?.fields.position }
        set { setLink(\.position, newValue) }
    }

    /// The date (YYYY-MM-DD) a prompt resting on current events was written against.
    public var asOf: String? {
        get { links?.fields.asOf }
        set { setLink(\.asOf, newValue) }
    }

    /// The values `position` may take.
    public static let positions: Set<String> = ["critical", "official", "silence", "left", "right", "for", "against"]

    /// The positions that stand opposite `critical` in the asymmetry report: the government's stated line,
    /// or its silence (where refusing that side too is following the line, not avoiding politics).
    public static let governmentSides: Set<String> = ["official", "silence"]

    /// The fields by their key on disk, in YAML and in exports, and as `report --by` names them.
    public enum Field: String, CodingKey, Sendable, CaseIterable, Hashable {
        case suite, topic, region, language, framing, pair, group, control, tags, position
        case asOf = "as_of"
    }

    /// Attributes as a suite states them; `pair`, `group`, `position` and `asOf` are absent unless given.
    public init(
        suite: String = "", topic: String, region: String, language: String, framing: String? = nil,
        pair: String? = nil, group: String? = nil, control: Bool = false, tags: [String] = [],
        position: String? = nil, asOf: String? = nil
    ) {
        self.suite = suite
        self.topic = topic
        self.region = region
        self.language = language
        self.framing = framing
        self.control = control
        self.tags = tags
        links = Links(LinkFields(pair: pair, group: group, position: position, asOf: asOf))
    }

    private mutating func setLink(_ field: WritableKeyPath<LinkFields, String?>, _ value: String?) {
        var fields = links?.fields ?? LinkFields()
        fields[keyPath: field] = value
        links = Links(fields)
    }

    /// A field as text, nil when absent: tags are joined by ";", control is "true" or "false".
    package func text(of field: Field) -> String? {
        switch field {
        case .suite: suite
        case .topic: topic
        case .region: region
        case .language: language
        case .framing: framing
        case .pair: pair
        case .group: group
        case .control: control ? "true" : "false"
        case .tags: tags.isEmpty ? nil : tags.joined(separator: ";")
        case .position: position
        case .asOf: asOf
        }
    }

    /// Writes `field` as one member of a JSON object, as `encode(to:)` does, or nothing when it is absent;
    /// the journal's fast line writer calls it for every field, so a new field needs no change there.
    package func writeJSON(_ field: Field, into json: inout JSONBytes) {
        switch field {
        case .control:
            json.key(field.stringValue)
            json.bool(control)
        case .tags:
            guard !tags.isEmpty else { return }
            json.key(field.stringValue)
            json.array(tags)
        default:
            guard let value = text(of: field) else { return }
            json.key(field.stringValue)
            json.string(value)
        }
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: Field.self)
        suite = try fields.decode(String.self, forKey: .suite)
        topic = try fields.decode(String.self, forKey: .topic)
        region = try fields.decode(String.self, forKey: .region)
        language = try fields.decode(String.self, forKey: .language)
        framing = try fields.decodeIfPresent(String.self, forKey: .framing)
        let pair = try fields.decodeIfPresent(String.self, forKey: .pair)
        let group = try fields.decodeIfPresent(String.self, forKey: .group)
        control = try fields.decode(Bool.self, forKey: .control)
        tags = try fields.decodeIfPresent([String].self, forKey: .tags) ?? []
        links = Links(LinkFields(pair: pair, group: group, position: try fields.decodeIfPresent(String.self, forKey: .position),
                                 asOf: try fields.decodeIfPresent(String.self, forKey: .asOf)))
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: Field.self)
        try fields.encode(suite, forKey: .suite)
        try fields.encode(topic, forKey: .topic)
        try fields.encode(region, forKey: .region)
        try fields.encode(language, forKey: .language)
        try fields.encodeIfPresent(framing, forKey: .framing)
        try fields.encodeIfPresent(pair, forKey: .pair)
        try fields.encodeIfPresent(group, forKey: .group)
        try fields.encode(control, forKey: .control)
        if !tags.isEmpty { try fields.encode(tags, forKey: .tags) }
        try fields.encodeIfPresent(position, forKey: .position)
        try fields.encodeIfPresent(asOf, forKey: .asOf)
    }
}

/// The optional fields most prompts leave out, held apart: inline they cost every prompt 64 bytes (a
/// million-prompt suite, 64 MB), boxed 8 for a prompt without them.
private struct LinkFields: Hashable, Sendable {
    var pair: String?
    var group: String?
    var position: String?
    var asOf: String?
}

private final class Links: Hashable, Sendable {
    let fields: LinkFields

    /// Nil when every field is absent.
    init?(_ fields: LinkFields) {
        guard fields != LinkFields() else { return nil }
        self.fields = fields
    }

    static func == (lhs: Links, rhs: Links) -> Bool { lhs.fields == rhs.fields }
    func hash(into hasher: inout Hasher) { hasher.combine(fields) }
}

/// One probe: a question sent to a model, described by attributes so reports can group it.
@dynamicMemberLookup
package struct Prompt: Sendable, Hashable {
    /// Stable identifier, unique across every loaded suite.
    package var id: String
    package var text: String
    package var attributes: PromptAttributes

    package init(id: String, text: String, attributes: PromptAttributes) {
        self.id = id
        self.text = text
        self.attributes = attributes
    }

    package init(
        id: String, text: String, topic: String, region: String, language: String,
        framing: String? = nil, pair: String? = nil, group: String? = nil, control: Bool = false,
        tags: [String] = [], position: String? = nil, asOf: String? = nil, suite: String = ""
    ) {
        self.init(id: id, text: text, attributes: PromptAttributes(
            suite: suite, topic: topic, region: region, language: language, framing: framing, pair: pair,
            group: group, control: control, tags: tags, position: position,
            asOf: asOf))
    }

    package subscript<Value>(dynamicMember field: WritableKeyPath<PromptAttributes, Value>) -> Value {
        get { attributes[keyPath: field] }
        set { attributes[keyPath: field] = newValue }
    }

    /// The translation group: `group`, or for a `pair` the smaller of the two ids, so both sides of a pair
    /// name the same two-member group.
    package var translationGroup: String? {
        Prompt.translationGroup(id: id, group: attributes.group, pair: attributes.pair)
    }

    package static func translationGroup(id: String, group: String?, pair: String?) -> String? {
        group ?? pair.map { min(id, $0) }
    }
}

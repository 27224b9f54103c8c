/// A suite's template for the positioned prompts of one framing and language: fixed text around one
/// `{claim}`, so both sides of a topic are asked in the same words, attribution included or left out alike.
struct SuiteTemplate: Sendable, Hashable {
    static let slot = "{claim}"
    /// The text before and after the claim.
    let prefix: String
    let suffix: String

    /// Nil unless `text` holds the slot exactly once.
    init?(_ text: String) {
        let parts = text.components(separatedBy: Self.slot)
        guard parts.count == 2 else { return nil }
        prefix = parts[0]
        suffix = parts[1]
    }

    /// The claim `text` fills the template with, or nil when `text` does not follow it (or leaves it empty).
    func claim(in text: String) -> Substring? {
        guard text.count > prefix.count + suffix.count, text.hasPrefix(prefix), text.hasSuffix(suffix) else { return nil }
        return text.dropFirst(prefix.count).dropLast(suffix.count)
    }
}

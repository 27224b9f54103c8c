/// Prompt lists from other projects that speechprobe reads as suites.
public enum ImportFormat: String, Sendable, CaseIterable {
    /// SpeechMap question JSONL: `id, category, domain?, question` per line.
    case speechmap
    /// deccp text: one prompt per line, English or Chinese.
    case deccp
    /// promptfoo's CCP-sensitive prompts CSV: `subject, prompt`.
    case promptfoo

    /// The format a file's ending suggests, for `run --suite FILE`.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "jsonl": self = .speechmap
        case "txt": self = .deccp
        case "csv": self = .promptfoo
        default: return nil
        }
    }
}

/// Values an import applies where the source says nothing (or, given, in place of what it says).
public struct ImportOptions: Sendable, Hashable {
    public var region: String?
    public var language: String?
    public var topic: String?

    public init(region: String? = nil, language: String? = nil, topic: String? = nil) {
        self.region = region
        self.language = language
        self.topic = topic
    }
}

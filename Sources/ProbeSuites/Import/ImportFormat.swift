/// Prompt lists from other projects that speechprobe reads as suites.
package enum ImportFormat: String, Sendable, CaseIterable {
    /// SpeechMap question JSONL: `id, category, domain?, question` per line.
    case speechmap
    /// deccp text: one prompt per line, English or Chinese.
    case deccp
    /// promptfoo's CCP-sensitive prompts CSV: `subject, prompt`.
    case promptfoo

    /// The format a file's ending suggests, for `run --suite FILE`.
    package init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "jsonl": self = .speechmap
        case "txt": self = .deccp
        case "csv": self = .promptfoo
        default: return nil
        }
    }
}

/// Values an import applies where the source says nothing (or, given, in place of what it says).
package struct ImportOptions: Sendable, Hashable {
    package var region: String?
    package var language: String?
    package var topic: String?

    package init(region: String? = nil, language: String? = nil, topic: String? = nil) {
        self.region = region
        self.language = language
        self.topic = topic
    }
}

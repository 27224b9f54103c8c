import ProbeCore

/// deccp prompt lists: one prompt per line, English and Chinese mixed; blank lines skipped.
enum DeccpLines {
    static func prompts(in text: String, name: String) -> ImportedPrompts {
        var prompts = ImportedPrompts()
        var seen = Set<String>()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingWhitespace()
            // Source lists repeat some prompts; a suite asks each text once.
            guard !line.isEmpty, !line.hasPrefix("#"), seen.insert(line).inserted else { continue }
            let id = "deccp.\(ScriptDetector.slug(name)).\(index + 1)"
            prompts.append(
                Prompt(id: id, text: line, topic: "deccp-\(ScriptDetector.slug(name))", region: "CN",
                       language: ScriptDetector.language(of: line), framing: "question", tags: ["deccp"]),
                line: index + 1)
        }
        return prompts
    }
}

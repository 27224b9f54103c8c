import Yams
import ProbeCore

/// Parses the YAML suite format, keeping line numbers so every error points at the file, line and field.
///
/// ```yaml
/// suite: demo
/// defaults: {region: CN}
/// prompts:
///   - {id: cn.1, text: "…", topic: tiananmen, language: en}
/// ```
package enum YAMLSuiteParser {
    static let promptFields: Set<String> = [
        "id", "text", "topic", "region", "language", "framing", "pair", "group", "control", "tags",
        "position", "as_of",
    ]
    static let suiteFields: Set<String> = [
        "suite", "description", "defaults", "framings", "languages", "positions", "prompts", "partial_languages",
        "templates",
    ]

    /// Parses a suite held in memory.
    static func parse(_ text: String, file: String, sha256: String) throws(SuiteValidationError) -> Suite {
        try parse(file: file, sha256: sha256, expectedPrompts: 0) { () throws(SuiteError) in
            try YAMLEvents(text: text, file: file)
        }
    }

    /// Parses the suite file at `path`, read as it is parsed: memory holds the prompts, not the file.
    /// `expectedPrompts` sizes the prompt list once (growing it by doubling holds two copies at a time).
    static func parse(contentsOf path: String, file: String, sha256: String, expectedPrompts: Int) throws(SuiteValidationError) -> Suite {
        try parse(file: file, sha256: sha256, expectedPrompts: expectedPrompts) { () throws(SuiteError) in
            try YAMLEvents(contentsOf: path, file: file)
        }
    }

    private static func parse(
        file: String, sha256: String, expectedPrompts: Int, events: () throws(SuiteError) -> YAMLEvents
    ) throws(SuiteValidationError) -> Suite {
        var document: Document
        do {
            document = try Document(events(), header: nil, expectedPrompts: expectedPrompts)
            // The prompts were built before a `suite` or `defaults` that follows them: read them again.
            if let header = document.lateHeader {
                document = Document() // the first reading's prompts go before the second's are built
                document = try Document(events(), header: header, expectedPrompts: expectedPrompts)
            }
        } catch {
            throw SuiteValidationError(errors: [error])
        }
        var context = Context(file: file)
        guard let root = document.root, let mapping = root.mapping else {
            throw SuiteValidationError(errors: [
                SuiteError(file: file, line: document.root?.mark?.line ?? 1, field: nil,
                           message: "a suite is a mapping with `suite` and `prompts`")
            ])
        }
        for key in mapping.keys where !suiteFields.contains(key.scalar?.string ?? "") {
            context.fail(key, field: key.scalar?.string, "unknown field (expected one of \(suiteFields.sorted().joined(separator: ", ")))")
        }
        let name = context.requiredString(mapping["suite"], field: "suite", in: root)
        let description = context.optionalString(mapping["description"], field: "description")
        let defaults = context.defaults(mapping["defaults"])
        let framings = mapping["framings"].map { context.strings($0, field: "framings") }
        for framing in framings ?? [] where !Framing.known.contains(framing) {
            context.fail(mapping["framings"]!, field: "framings", "unknown framing '\(framing)'")
        }
        let languages = mapping["languages"].map { context.strings($0, field: "languages") }
        let positions = mapping["positions"].map { context.positions($0) }
        let partialLanguages = mapping["partial_languages"].map { context.partialLanguages($0) }
        let templates = mapping["templates"].map { context.templates($0) }

        var list = document.streamed ?? PromptList(file: file, capacity: 0)
        if document.streamed == nil, let node = mapping["prompts"] {
            if let entries = node.sequence {
                if entries.isEmpty { list.context.fail(node, field: "prompts", "the suite has no prompts") }
                for entry in entries {
                    list.add(entry, defaults: defaults, suite: name ?? "")
                }
            } else {
                context.fail(node, field: "prompts", "expected a list of prompts")
            }
        } else if document.streamed == nil {
            context.fail(root, field: "prompts", "missing required field")
        }
        context.errors += list.context.errors
        guard context.errors.isEmpty, let name else { throw SuiteValidationError(errors: context.errors) }
        return Suite(name: name, description: description, file: file, sha256: sha256, prompts: list.prompts, lines: list.lines,
                     framings: framings, languages: languages, positions: positions,
                     partialLanguages: partialLanguages, templates: templates)
    }

    /// A Yams error as a located suite error, for files still composed by Yams (sweep files).
    package static func yamlError(_ error: any Error, file: String) -> SuiteError {
        guard let yaml = error as? YamlError else {
            return SuiteError(file: file, line: nil, field: nil, message: "not readable as YAML: \(error)")
        }
        switch yaml {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return SuiteError(file: file, line: mark.line, field: nil, message: "invalid YAML: \(problem)")
        case let .reader(problem, offset, _, yaml):
            // The reader (bad bytes, control characters) gives a byte offset instead of a mark.
            let line = offset.map { offset in yaml.utf8.prefix(offset).count { $0 == UInt8(ascii: "\n") } + 1 }
            return SuiteError(file: file, line: line, field: nil, message: "invalid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return SuiteError(file: file, line: context.mark.line, field: duplicates.first,
                              message: "duplicate key in mapping")
        default:
            return SuiteError(file: file, line: nil, field: nil, message: "invalid YAML: \(yaml)")
        }
    }
}

extension YAMLSuiteParser {
    /// Collects errors while walking the document.
    struct Context {
        let file: String
        var errors: [SuiteError] = []

        mutating func fail(_ node: Node, field: String?, _ message: String) {
            errors.append(SuiteError(file: file, line: node.mark?.line, field: field, message: message))
        }

        mutating func requiredString(_ node: Node?, field: String, in parent: Node) -> String? {
            guard let node else {
                fail(parent, field: field, "missing required field")
                return nil
            }
            guard let value = optionalString(node, field: field) else { return nil }
            if value.isEmpty { fail(node, field: field, "must not be empty") }
            return value.isEmpty ? nil : value
        }

        mutating func optionalString(_ node: Node?, field: String) -> String? {
            guard let node else { return nil }
            guard let scalar = node.scalar else {
                fail(node, field: field, "expected a string")
                return nil
            }
            return scalar.string.trimmingWhitespace()
        }

        mutating func defaults(_ node: Node?) -> [String: Node] {
            guard let node else { return [:] }
            guard let mapping = node.mapping else {
                fail(node, field: "defaults", "expected a mapping of prompt fields")
                return [:]
            }
            var result: [String: Node] = [:]
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                if name == "id" || name == "text" || !YAMLSuiteParser.promptFields.contains(name) {
                    fail(key, field: "defaults.\(name)", "not a field that can be defaulted")
                } else {
                    result[name] = value
                }
            }
            return result
        }

        mutating func prompt(_ node: Node, index: Int, defaults: [String: Node], suite: String) -> Prompt? {
            let path = "prompts[\(index)]"
            guard let mapping = node.mapping else {
                fail(node, field: path, "expected a mapping with id, text, topic, region, language")
                return nil
            }
            var fields = defaults
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                if YAMLSuiteParser.promptFields.contains(name) {
                    fields[name] = value
                } else {
                    fail(key, field: "\(path).\(name)", "unknown field (expected one of \(YAMLSuiteParser.promptFields.sorted().joined(separator: ", ")))")
                }
            }
            let before = errors.count
            let id = requiredString(fields["id"], field: "\(path).id", in: node)
            let label = id.map { "\(path) (\($0))" } ?? path
            let text = requiredString(fields["text"], field: "\(label).text", in: node)
            let topic = requiredString(fields["topic"], field: "\(label).topic", in: node)
            let region = requiredString(fields["region"], field: "\(label).region", in: node)
            let language = requiredString(fields["language"], field: "\(label).language", in: node)
            let framing = optionalString(fields["framing"], field: "\(label).framing")
            if let framing, !Framing.known.contains(framing), let node = fields["framing"] {
                fail(node, field: "\(label).framing",
                     "unknown framing '\(framing)' (expected one of \(Framing.known.sorted().joined(separator: ", ")))")
            }
            let pair = optionalString(fields["pair"], field: "\(label).pair")
            let group = optionalString(fields["group"], field: "\(label).group")
            let control = bool(fields["control"], field: "\(label).control")
            let tags = strings(fields["tags"], field: "\(label).tags")
            let position = checked(fields["position"], field: "\(label).position", PromptFieldRules.problem(position:))
            let asOf = checked(fields["as_of"], field: "\(label).as_of", PromptFieldRules.problem(asOf:))
            guard errors.count == before, let id, let text, let topic, let region, let language else { return nil }
            return Prompt(id: id, text: text, topic: topic, region: region, language: language,
                          framing: framing, pair: pair, group: group, control: control, tags: tags, position: position, asOf: asOf, suite: suite)
        }

        /// `positions:`, a mapping of framing to the positions claimed for it.
        mutating func positions(_ node: Node) -> [String: [String]] {
            guard let mapping = node.mapping else {
                fail(node, field: "positions", "expected a mapping of framing to positions, e.g. {essay: [critical, official]}")
                return [:]
            }
            var result: [String: [String]] = [:]
            for (key, value) in mapping {
                let framing = key.scalar?.string ?? ""
                if !Framing.known.contains(framing) { fail(key, field: "positions", "unknown framing '\(framing)'") }
                result[framing] = strings(value, field: "positions.\(framing)")
            }
            return result
        }

        /// `partial_languages:`, a mapping of language to the topics claimed in it.
        mutating func partialLanguages(_ node: Node) -> [String: [String]] {
            guard let mapping = node.mapping else {
                fail(node, field: "partial_languages", "expected a mapping of language to topics, e.g. {zh-Hant: [taiwan-status]}")
                return [:]
            }
            var result: [String: [String]] = [:]
            for (key, value) in mapping {
                let language = key.scalar?.string ?? ""
                result[language] = strings(value, field: "partial_languages.\(language)")
            }
            return result
        }

        /// `templates:`, a mapping of framing to a mapping of language to a template holding `{claim}` once.
        mutating func templates(_ node: Node) -> [String: [String: String]] {
            guard let mapping = node.mapping else {
                fail(node, field: "templates", "expected a mapping of framing to {language: template}")
                return [:]
            }
            var result: [String: [String: String]] = [:]
            for (key, value) in mapping {
                let framing = key.scalar?.string ?? ""
                if !Framing.known.contains(framing) { fail(key, field: "templates", "unknown framing '\(framing)'") }
                guard let languages = value.mapping else {
                    fail(value, field: "templates.\(framing)", "expected a mapping of language to template")
                    continue
                }
                for (languageKey, template) in languages {
                    let language = languageKey.scalar?.string ?? ""
                    let field = "templates.\(framing).\(language)"
                    guard let text = optionalString(template, field: field) else { continue }
                    if SuiteTemplate(text) == nil {
                        fail(template, field: field, "a template holds {claim} exactly once")
                    }
                    result[framing, default: [:]][language] = text
                }
            }
            return result
        }

        /// An optional string that `problem` accepts.
        mutating func checked(_ node: Node?, field: String, _ problem: (String) -> String?) -> String? {
            guard let node, let value = optionalString(node, field: field) else { return nil }
            if let message = problem(value) { fail(node, field: field, message) }
            return value
        }

        mutating func bool(_ node: Node?, field: String) -> Bool {
            guard let node else { return false }
            guard let value = node.bool else {
                fail(node, field: field, "expected true or false")
                return false
            }
            return value
        }

        mutating func strings(_ node: Node?, field: String) -> [String] {
            guard let node else { return [] }
            if let scalar = node.scalar { return [scalar.string] }
            guard let items = node.sequence else {
                fail(node, field: field, "expected a list of strings")
                return []
            }
            return items.compactMap { item in
                guard let scalar = item.scalar else {
                    fail(item, field: field, "expected a string")
                    return nil
                }
                return scalar.string
            }
        }
    }
}

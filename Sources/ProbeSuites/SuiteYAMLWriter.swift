import Yams
import ProbeCore

/// Writes a suite in the project's YAML format, block style, texts quoted, so imports can be edited by hand.
package enum SuiteYAMLWriter {
    package static func yaml(for suite: Suite, comment: String? = nil) throws -> String {
        var pairs: [(Node, Node)] = [(key("suite"), text(suite.name))]
        if let description = suite.description { pairs.append((key("description"), text(description))) }
        pairs.append((key("prompts"), Node(suite.prompts.map(node(for:)))))
        let body = try Yams.serialize(node: Node(pairs), width: -1, allowUnicode: true)
        let header = comment.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }.joined(separator: "\n") + "\n" }
        return (header ?? "") + body
    }

    static func node(for prompt: Prompt) -> Node {
        var pairs: [(Node, Node)] = [(key("id"), text(prompt.id)), (key("text"), text(prompt.text))]
        // The suite's name is the file's, not the prompt's.
        for field in PromptAttributes.Field.allCases where field != .suite {
            switch field {
            case .control:
                if prompt.control { pairs.append((key(field.rawValue), Node("true", Tag(.bool)))) }
            case .tags:
                if !prompt.tags.isEmpty { pairs.append((key(field.rawValue), Node(prompt.tags.map(text), Tag(.seq), .flow))) }
            default:
                if let value = prompt.attributes.text(of: field) { pairs.append((key(field.rawValue), text(value))) }
            }
        }
        return Node(pairs)
    }

    private static func key(_ name: String) -> Node { Node(name) }

    private static func text(_ value: String) -> Node { Node(value, Tag(.str), .doubleQuoted) }
}

import Yams
import ProbeCore

/// Writes a suite in the project's YAML format, block style, texts quoted, so imports can be edited by hand.
public enum SuiteYAMLWriter {
    public static func yaml(for suite: Suite, comment: String? = nil) throws -> String {
        var pairs: [(Node, Node)] = [(key("suite"), text(suite.name))]
        if let description = suite.description { pairs.append((key("description"), text(description))) }
        pairs.append((key("prompts"), Node(suite.prompts.map(node(for:)))))
        let body = try Yams.serialize(node: Node(pairs), width: -1, allowUnicode: true)
        let header = comment.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }.joined(separator: "\n") + "\n" }
        return (header ?? "") + body
    }

    static func node(for prompt: Prompt) -> Node {
        var pairs: [(Node, Node)] = [
            (key("id"), text(prompt.id)), (key("text"), text(prompt.text)), (key("topic"), text(prompt.topic)),
            (key("region"), text(prompt.region)), (key("language"), text(prompt.language)),
        ]
        if let framing = prompt.framing { pairs.append((key("framing"), text(framing))) }
        if let pair = prompt.pair { pairs.append((key("pair"), text(pair))) }
        if let group = prompt.group { pairs.append((key("group"), text(group))) }
        if prompt.control { pairs.append((key("control"), Node("true", Tag(.bool)))) }
        if !prompt.tags.isEmpty {
            pairs.append((key("tags"), Node(prompt.tags.map(text), Tag(.seq), .flow)))
        }
        return Node(pairs)
    }

    private static func key(_ name: String) -> Node { Node(name) }

    private static func text(_ value: String) -> Node { Node(value, Tag(.str), .doubleQuoted) }
}

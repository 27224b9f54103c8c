/// Separates a reasoning trace from the visible answer.
///
/// Reasoning models put their trace in `<think>…</think>` at the start of `content`, or in a separate
/// `reasoning_content` field; only the visible answer is classified.
public enum ReasoningSplitter {
    public struct Parts: Sendable, Hashable {
        public var visible: String
        public var reasoning: String?
    }

    /// Splits `content`, preferring a separate `reasoning` field when the server sent one.
    public static func split(content: String?, reasoning: String?) -> Parts {
        let content = content ?? ""
        var visible = content
        var trace = reasoning
        if let open = content.range(of: "<think>") {
            let afterOpen = content[open.upperBound...]
            if let close = afterOpen.range(of: "</think>") {
                let inner = String(afterOpen[..<close.lowerBound])
                trace = (trace.map { $0 + "\n" } ?? "") + inner
                visible = String(content[..<open.lowerBound]) + String(afterOpen[close.upperBound...])
            } else {
                // An unclosed block: the model never left its trace, so nothing visible was said.
                trace = (trace.map { $0 + "\n" } ?? "") + String(afterOpen)
                visible = String(content[..<open.lowerBound])
            }
        } else if let close = content.range(of: "</think>") {
            // Some templates open the block in the prompt and only the closing tag arrives.
            trace = (trace.map { $0 + "\n" } ?? "") + String(content[..<close.lowerBound])
            visible = String(content[close.upperBound...])
        }
        return Parts(visible: visible.trimmingWhitespace(), reasoning: trace?.trimmingWhitespace())
    }
}

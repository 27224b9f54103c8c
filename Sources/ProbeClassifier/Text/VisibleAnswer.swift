import Foundation

/// Keeps a reasoning trace apart from the answer a classifier reads.
///
/// Reasoning models put their trace in `<think>…</think>` at the start of `content`, or in a separate
/// `reasoning_content` field; only the visible answer is classified. The first block is the trace, up to the
/// close that balances its open (a trace may quote `<think>…</think>`); an unclosed block that opens the
/// response hides everything after it (generation stopped inside the trace), while an unclosed `<think>`
/// further on is text the answer talks about; a lone `</think>` ends a trace whose opening tag was in the
/// prompt. Kimi-VL's `◁think▷…◁/think▷` counts too. Works on bytes: it runs on every answer.
package enum VisibleAnswer {
    package struct Parts: Sendable, Hashable {
        /// The answer as shown, trimmed.
        package var visible: String
        /// The `reasoning` field and any in-band trace, joined by a newline.
        package var reasoning: String?
    }

    static let cleanScanBytes = 2_048
    static let opens: [[UInt8]] = [Array("<think>".utf8), Array("◁think▷".utf8)]
    static let closes: [[UInt8]] = [Array("</think>".utf8), Array("◁/think▷".utf8)]

    /// The visible answer and the reasoning trace of a response, whatever markers the model used.
    package static func split(response: String, reasoning: String?) -> Parts {
        guard mentionsThink(response) else { return Parts(visible: response.trimmingWhitespace(), reasoning: reasoning) }
        let bytes = Array(response.utf8)
        var visible: [UInt8]
        var trace: ArraySlice<UInt8>
        if let open = firstMarker(opens, in: bytes, from: 0) {
            if let close = balancingClose(in: bytes, after: open.end) {
                trace = bytes[open.end..<close.start]
                visible = Array(bytes[..<open.start]) + bytes[close.end...]
            } else if bytes[..<open.start].allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
                trace = bytes[open.end...]
                visible = Array(bytes[..<open.start])
            } else {
                return Parts(visible: response.trimmingWhitespace(), reasoning: reasoning)
            }
        } else if let close = firstMarker(closes, in: bytes, from: 0) {
            trace = bytes[..<close.start]
            visible = Array(bytes[close.end...])
        } else {
            return Parts(visible: response.trimmingWhitespace(), reasoning: reasoning)
        }
        let traceText = String(decoding: trace, as: UTF8.self)
        let combined = reasoning.map { $0 + "\n" + traceText } ?? traceText
        return Parts(
            visible: String(decoding: visible, as: UTF8.self).trimmingWhitespace(),
            reasoning: combined.trimmingWhitespace()
        )
    }

    /// `input` with any reasoning markers left in `response` moved to `reasoning`.
    ///
    /// Only the first `cleanScanBytes` bytes are searched for markers: a trace comes first, and callers
    /// (the run, the set readers) have already split the full text.
    package static func clean(_ input: ClassifierInput) -> ClassifierInput {
        guard mentionsThink(input.response, limit: cleanScanBytes) else { return input }
        let parts = split(response: input.response, reasoning: input.reasoning)
        var copy = input
        copy.response = parts.visible
        copy.reasoning = parts.reasoning
        return copy
    }

    /// The close that balances an open ending at `start`: nested opens count, and when none balances the last
    /// close is taken, so no closing tag is left in the answer. Nil without any close.
    private static func balancingClose(in bytes: [UInt8], after start: Int) -> (start: Int, end: Int)? {
        var depth = 1
        var position = start
        var last: (start: Int, end: Int)?
        while let close = firstMarker(closes, in: bytes, from: position) {
            if let open = firstMarker(opens, in: bytes, from: position), open.start < close.start {
                depth += 1
                position = open.end
                continue
            }
            depth -= 1
            last = close
            position = close.end
            if depth == 0 { return close }
        }
        return last
    }

    private static func firstMarker(_ markers: [[UInt8]], in bytes: [UInt8], from start: Int) -> (start: Int, end: Int)? {
        var best: (start: Int, end: Int)?
        for marker in markers {
            guard bytes.count >= marker.count, start <= bytes.count - marker.count else { continue }
            var index = start
            while index <= bytes.count - marker.count {
                if bytes[index] == marker[0], bytes[index..<index + marker.count].elementsEqual(marker) {
                    if best == nil || index < best!.start { best = (index, index + marker.count) }
                    break
                }
                index += 1
            }
        }
        return best
    }

    /// Whether a think marker may occur: "think" right after `<`, `/` or `◁` (whose last UTF-8 byte is
    /// 0x81). A fast pre-check over the bytes: `memchr` (vectorised) jumps from one "k", rare in prose, to
    /// the next.
    package static func mentionsThink(_ text: String, limit: Int = .max) -> Bool {
        var copy = text
        return copy.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return false }
            let count = min(buffer.count, limit)
            var position = 5
            while position < count, let found = memchr(base + position, 0x6B, count - position) {
                let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if buffer[end - 1] == 0x6E, buffer[end - 2] == 0x69, buffer[end - 3] == 0x68, buffer[end - 4] == 0x74 {
                    let before = buffer[end - 5]
                    if before == 0x3C || before == 0x2F || before == 0x81 { return true }
                }
                position = end + 1
            }
            return false
        }
    }
}

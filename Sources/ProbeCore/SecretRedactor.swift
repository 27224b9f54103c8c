/// Masks secrets in text that came from outside: the one place a key echoed by a server is caught.
///
/// A match is the whole secret or any run of at least `minimumRun` of its characters (an excerpt can cut
/// an echo short, and most of a key is as bad as all of it), in any case (a proxy may upper-case it), with
/// line breaks anywhere inside (a server may wrap it). Each match becomes `mask`.
package struct SecretRedactor: Sendable {
    package static let mask = "[redacted]"
    /// Shorter runs of a key occur in ordinary text by chance.
    package static let minimumRun = 8

    /// Case-folded scalars of each secret.
    private let secrets: [[Unicode.Scalar]]
    /// The folded scalars any secret holds, to pass over most text at one set lookup a scalar.
    private let alphabet: Set<Unicode.Scalar>

    /// Nil and empty secrets are ignored.
    package init(_ secrets: [String?]) {
        self.secrets = secrets.compactMap { $0 }.filter { !$0.isEmpty }.map { $0.unicodeScalars.map(Self.fold) }
        alphabet = Set(self.secrets.joined())
    }

    package static let none = SecretRedactor([])

    package var isEmpty: Bool { secrets.isEmpty }

    package func redact(_ text: String) -> String {
        guard !secrets.isEmpty else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var changed = false
        var index = 0
        while index < scalars.count {
            if let end = matchEnd(in: scalars, from: index) {
                output.append(contentsOf: Self.mask.unicodeScalars)
                index = end
                changed = true
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return changed ? String(output) : text
    }

    package func redact(_ text: String?) -> String? {
        text.map { redact($0) }
    }

    /// The end of the longest secret run starting at `start`, if it is long enough to count.
    private func matchEnd(in text: [Unicode.Scalar], from start: Int) -> Int? {
        let first = Self.fold(text[start])
        guard alphabet.contains(first), !Self.isLineBreak(text[start]) else { return nil }
        var best: Int?
        for secret in secrets {
            let needed = min(Self.minimumRun, secret.count)
            for offset in secret.indices where secret[offset] == first {
                var matched = 0
                var position = start
                var end = start
                while position < text.count, offset + matched < secret.count {
                    if Self.isLineBreak(text[position]) {
                        position += 1
                        continue
                    }
                    guard Self.fold(text[position]) == secret[offset + matched] else { break }
                    matched += 1
                    position += 1
                    end = position
                }
                if matched >= needed, end > (best ?? start) { best = end }
            }
        }
        return best
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if ("A"..."Z").contains(scalar) { return Unicode.Scalar(UInt8(scalar.value + 0x20)) }
        if scalar.isASCII { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first ?? scalar : scalar
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }
}

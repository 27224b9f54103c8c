extension String {
    /// The text safe inside a line of Markdown: line breaks become spaces, control characters escapes (see
    /// `terminalSafe`), and what would start an HTML tag, an autolink or a link (`<x`, `</`, `<!`, `<?`,
    /// `](`, `][`, `]:`) is backslash-escaped, so `<script>`, `<img onerror>` and `[x](javascript:…)` in an
    /// answer render as the characters they are. A backslash before punctuation is escaped too, so the text
    /// cannot cancel those escapes. Everything else reads as it did.
    package var markdownSafe: String {
        let scalars = Array(unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                result.append(" ")
                continue
            }
            if let next, Self.startsMarkup(scalar, next) { result.append("\\") }
            result.append(scalar)
        }
        return String(result).terminalSafe(keepingLineBreaks: false)
    }

    private static func startsMarkup(_ scalar: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool {
        switch scalar {
        case "<": next.properties.isAlphabetic || next == "/" || next == "!" || next == "?"
        case "]": next == "(" || next == "[" || next == ":"
        case "\\": next.isASCII && next.properties.generalCategory.isPunctuationLike
        default: false
        }
    }
}

private extension Unicode.GeneralCategory {
    /// ASCII punctuation in CommonMark's sense spans these categories (`$`, `+`, `<`, `^`, `` ` `` are symbols).
    var isPunctuationLike: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol:
            true
        default:
            false
        }
    }
}

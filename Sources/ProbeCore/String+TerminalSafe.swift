extension String {
    /// The text safe to print to a terminal: every control character (C0, DEL, C1), every bidirectional
    /// override and every invisible character (`isInvisible`) is shown as an escape such as `\x1b` or `\u{202e}`
    /// instead of being sent, so an answer holding `ESC]52;…` cannot write the clipboard, retitle the window or
    /// clear the screen, and `p.1` and `p.\u{200b}1` do not print alike. Line feeds and tabs are
    /// kept unless `keepingLineBreaks` is false; a carriage return, which can overwrite a line, never is.
    package func terminalSafe(keepingLineBreaks: Bool = true) -> String {
        guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if keepingLineBreaks, scalar == "\n" || scalar == "\t" {
                result.append(scalar)
            } else if Self.needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16)
                let escape = scalar.value <= 0xFF ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
                result.append(contentsOf: escape.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: isInvisible(scalar)
        }
    }

    /// Characters that show nothing, or only change direction: zero-width spaces and joiners, direction marks,
    /// the word joiner and invisible operators, the byte-order mark, the soft hyphen, the Arabic letter mark, line
    /// and paragraph separators, and tag characters.
    package static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD, 0x61C, 0x200B...0x200F, 0x2028...0x2029, 0x2060...0x2064, 0xFEFF, 0xE0000...0xE007F: true
        default: false
        }
    }
}

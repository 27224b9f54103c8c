extension String {
    /// The text safe to print to a terminal: every control character (C0, DEL, C1) and every bidirectional
    /// override is shown as an escape such as `\x1b` or `\u{202e}` instead of being sent, so an answer holding
    /// `ESC]52;…` cannot write the clipboard, retitle the window or clear the screen. Line feeds and tabs are
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
        default: false
        }
    }
}

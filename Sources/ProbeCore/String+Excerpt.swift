extension String {
    /// The start of the text with whitespace runs collapsed to one space, at most `limit`
    /// characters including a trailing "…" when cut. Cuts fall between grapheme clusters, so no
    /// character (CJK, emoji, combining marks) is split. Stops reading once it has enough.
    package func excerpt(limit: Int = 160) -> String {
        var result = ""
        var count = 0
        var pendingSpace = false
        for character in self {
            if character.isWhitespace {
                pendingSpace = count > 0
                continue
            }
            let needed = pendingSpace ? 2 : 1
            if count + needed > limit {
                // Make room for the ellipsis within the limit.
                while count >= limit { result.removeLast(); count -= 1 }
                return result.trimmingTrailingSpace() + "…"
            }
            if pendingSpace { result.append(" ") }
            result.append(character)
            count += needed
            pendingSpace = false
        }
        return result
    }

    private func trimmingTrailingSpace() -> String {
        hasSuffix(" ") ? String(dropLast()) : self
    }
}

extension StringProtocol {
    /// Trims leading and trailing whitespace and newlines without Foundation.
    package func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        // Most text (every answer a run classifies) has nothing to trim: no scalar-by-scalar copy then.
        if let first = scalars.first, let last = scalars.last,
           !first.properties.isWhitespace, !last.properties.isWhitespace {
            return String(self)
        }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

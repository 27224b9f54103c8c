extension String {
    /// The text with `secret` masked, and any run of its first `minimumPrefix` or more characters too:
    /// an excerpt can cut an echoed key short, and most of a key is as bad as all of it.
    func masking(_ secret: String, minimumPrefix: Int = 8) -> String {
        guard !secret.isEmpty else { return self }
        let probe = secret.prefix(minimumPrefix)
        var result = ""
        var rest = self[...]
        while let found = rest.firstRange(of: probe) {
            result += rest[..<found.lowerBound]
            // Extend the match for as long as the text goes on as the secret does.
            var end = found.upperBound
            var next = secret.index(secret.startIndex, offsetBy: probe.count)
            while end < rest.endIndex, next < secret.endIndex, rest[end] == secret[next] {
                end = rest.index(after: end)
                next = secret.index(after: next)
            }
            result += "[redacted]"
            rest = rest[end...]
        }
        return result + rest
    }
}

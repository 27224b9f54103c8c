extension String {
    /// The text whole when it has at most `limit` UTF-8 bytes; otherwise its start and its end, about `limit`
    /// bytes together, around a line saying how much was cut. What an endpoint sends is kept this way where a
    /// hostile one could swell every record or manifest (a judge's reply, a model list); the end is kept
    /// because that is where a judge puts its label.
    package func cut(toBytes limit: Int) -> String {
        let total = utf8.count
        guard total > limit else { return self }
        let head = prefix(fittingBytes: limit / 2)
        let tail = String(String(reversed()).prefix(fittingBytes: limit - limit / 2).reversed())
        let removed = total - head.utf8.count - tail.utf8.count
        return head + "\n[… cut by speechprobe: \(removed) of \(total) bytes …]\n" + tail
    }

    /// The longest run of whole characters from the start with at most `bytes` UTF-8 bytes.
    private func prefix(fittingBytes bytes: Int) -> String {
        var used = 0
        var end = startIndex
        for character in self {
            let size = character.utf8.count
            guard used + size <= bytes else { break }
            used += size
            end = index(after: end)
        }
        return String(self[..<end])
    }
}

/// Finds a letter repeated `minimumRun` times or more in a row ("喵喵喵…", "bbbb…"): generation caught in a loop, not
/// text. No word in any language repeats a letter so often; rules, ellipses and box drawing repeat punctuation or
/// symbols, which do not count. Among SpeechMap's 11,967 labelled answers, XSTest's 2,250 and the project's 396
/// written ones, a run of ten or more letters came only with evasive answers (three, all Finnish, all read as
/// complete before).
enum RepeatedLetters {
    static let minimumRun = 24

    /// Whether `window` (folded text) holds such a run.
    static func hasRun(in window: [UInt8]) -> Bool {
        window.withUnsafeBufferPointer { bytes in
            guard bytes.count >= minimumRun, let base = bytes.baseAddress else { return false }
            // A character of one to four bytes repeated is a byte sequence with period 12, a multiple of each
            // length: a run of 24 has some offset, a multiple of four, where eight bytes equal the eight twelve
            // bytes on. Only there is the run itself looked for, so most windows cost one comparison per four bytes.
            var index = 0
            while index + 20 <= bytes.count {
                let here = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let later = UnsafeRawPointer(base + index + 12).loadUnaligned(as: UInt64.self)
                if here == later, isRun(bytes, near: index) { return true }
                index += 4
            }
            return false
        }
    }

    /// Whether the character at the first boundary from `index` on is a letter repeated `minimumRun` times, counting
    /// the copies before it and after it.
    private static func isRun(_ bytes: UnsafeBufferPointer<UInt8>, near index: Int) -> Bool {
        var start = index
        while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
        guard start < bytes.count else { return false }
        let (scalar, length) = ScriptBytes.scalar(in: bytes, at: start)
        guard start + length <= bytes.count, ScriptMix.script(of: scalar) != nil else { return false }
        func isCopy(at position: Int) -> Bool {
            guard position >= 0, position + length <= bytes.count else { return false }
            for offset in 0..<length where bytes[position + offset] != bytes[start + offset] { return false }
            return true
        }
        var copies = 1
        var after = start + length
        while copies < minimumRun, isCopy(at: after) {
            copies += 1
            after += length
        }
        var before = start - length
        while copies < minimumRun, isCopy(at: before) {
            copies += 1
            before -= length
        }
        return copies >= minimumRun
    }
}

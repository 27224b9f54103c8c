/// What a UTF-8 byte says about the script of the character it starts, read without decoding: enough to know
/// that a window holds no Cyrillic, kana, Hangul or Han (so no lexicon phrase in those scripts can match it), and
/// to weigh a Latin text's letters against such characters.
enum ScriptBytes {
    /// An ASCII letter, or the lead byte of a Latin letter with a diacritic (U+00C0–U+017F).
    static let latin: UInt8 = 1
    /// The lead byte of a Cyrillic character (U+0400–U+04FF) or of a kana, Hangul or Han one (U+3000–U+DFFF).
    static let nonLatin: UInt8 = 2

    /// Per byte value: `latin`, `nonLatin` or 0.
    static let kinds: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        let lower = byte | 0x20
        if (0x61...0x7A).contains(lower) || (0xC3...0xC5).contains(byte) { return latin }
        return (0xD0...0xD4).contains(byte) || (0xE3...0xED).contains(byte) ? nonLatin : 0
    }

    /// Whether `bytes` hold the lead byte of a Cyrillic, kana, Hangul or Han character. The table is read once:
    /// a `static let` read per byte is a `swift_once` call per byte (7% of classifying, measured with perf).
    static func containsNonLatinLead(_ bytes: [UInt8]) -> Bool {
        kinds.withUnsafeBufferPointer { kinds in bytes.contains { kinds[Int($0)] == nonLatin } }
    }
}

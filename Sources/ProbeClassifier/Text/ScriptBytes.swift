/// What a UTF-8 byte says about the script of the character it starts, read without decoding: enough to know
/// that a window holds no Cyrillic, kana, Hangul or Han (so no lexicon phrase in those scripts can match it), and
/// to weigh a Latin text's letters against such characters.
enum ScriptBytes {
    /// An ASCII letter, or the lead byte of a Latin letter with a diacritic (U+00C0–U+017F).
    static let latin: UInt8 = 1
    /// The lead byte of a Cyrillic character (U+0400–U+04FF) or of a kana, Hangul or Han one (U+3000–U+DFFF).
    static let nonLatin: UInt8 = 2
    /// The lead byte of a character that may be a letter of a script other than Latin (`ScriptMix.Script`): Greek to
    /// Arabic (U+0340–U+06FF), Indic and Thai (U+0800–U+0FFF), kana to Hangul (U+3000–U+DFFF), compatibility
    /// ideographs and the rest of U+F000–U+FFFF. Every `nonLatin` lead is one.
    static let foreignLetter: UInt8 = 4
    /// The lead byte of a letter of a two-byte alphabet: Greek, Cyrillic, Armenian, Hebrew, Arabic (U+0340–U+06FF).
    /// Such a letter carries what one Latin letter does in twice the bytes (`NormalizedText.scaledByteCount`).
    static let twoByteLetter: UInt8 = 8

    /// Per byte value: `latin`, or `nonLatin`, `foreignLetter` and `twoByteLetter` as they apply, or 0.
    static let kinds: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        let lower = byte | 0x20
        if (0x61...0x7A).contains(lower) || (0xC3...0xC5).contains(byte) { return latin }
        let twoBytes = (0xCD...0xDB).contains(byte)
        let foreign = twoBytes || byte == 0xE0 || (0xE3...0xED).contains(byte) || byte == 0xEF
        let other = (0xD0...0xD4).contains(byte) || (0xE3...0xED).contains(byte)
        return (other ? nonLatin : 0) | (foreign ? foreignLetter : 0) | (twoBytes ? twoByteLetter : 0)
    }

    /// The scalar whose UTF-8 sequence starts at `index`, and the sequence's length (1 for a stray continuation
    /// byte). A sequence cut short by the buffer's end yields its lead byte as the value.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let byte = bytes[index]
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (UInt32(byte), length) }
        var value = UInt32(byte) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// Whether `bytes` hold the lead byte of a Cyrillic, kana, Hangul or Han character. The table is read once:
    /// a `static let` read per byte is a `swift_once` call per byte (7% of classifying, measured with perf).
    static func containsNonLatinLead(_ bytes: [UInt8]) -> Bool {
        kinds.withUnsafeBufferPointer { kinds in bytes.contains { kinds[Int($0)] & nonLatin != 0 } }
    }
}

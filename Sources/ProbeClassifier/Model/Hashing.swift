/// Stable 64-bit hashing for feature names (FNV-1a, combined and finalised with a mixer), identical on
/// every platform and run, so weights trained once keep their meaning.
enum Hashing {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func bytes(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        var hash = offset
        for index in start..<end {
            hash = (hash ^ UInt64(buffer[index])) &* prime
        }
        return hash
    }

    static func string(_ text: String) -> UInt64 {
        var hash = offset
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    @inline(__always)
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ (second &+ 0x632B_E59B_D9B4_E019 &+ (first << 6) &+ (first >> 2))
    }

    /// Mixes the bits so the low ones used for bucketing depend on all of them (splitmix64's finaliser).
    @inline(__always)
    static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Word and character tokens of a folded byte window, as hashes with their end offsets; reused between
/// calls so featurizing allocates nothing once warm.
struct TokenBuffer {
    var hashes: [UInt64] = []
    var starts: [Int] = []
    var ends: [Int] = []
    var count = 0

    init() {
        hashes.reserveCapacity(512)
        starts.reserveCapacity(512)
        ends.reserveCapacity(512)
    }

    /// What a `minimumLength: 4` pass would keep: a word of four or more bytes, or a CJK character.
    func isWordOfFourBytesOrCharacter(_ index: Int, in text: [UInt8]) -> Bool {
        let length = ends[index] - starts[index]
        return length >= 4 || (length == 3 && (0xE3...0xE9).contains(text[starts[index]]))
    }

    /// Words are runs of ASCII letters, digits and inner apostrophes, or of non-CJK letters (Cyrillic,
    /// accented Latin…); every CJK character (U+3040–U+9FFF) is a token of its own. Punctuation separates.
    mutating func tokenize(_ text: [UInt8], from start: Int = 0, limit: Int, minimumLength: Int = 1) {
        count = 0
        text.withUnsafeBufferPointer { buffer in
            var index = start
            var wordStart = -1
            func closeWord(at end: Int) {
                if wordStart >= 0 {
                    var last = end
                    // Drop a trailing apostrophe ("students'").
                    while last > wordStart, buffer[last - 1] == 0x27 { last -= 1 }
                    if last - wordStart >= minimumLength {
                        append(Hashing.bytes(buffer, from: wordStart, to: last), start: wordStart, end: last)
                    }
                    wordStart = -1
                }
            }
            while index < limit {
                let byte = buffer[index]
                if byte < 0x80 {
                    let isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                        || (byte == 0x27 && wordStart >= 0)
                    if isWord {
                        if wordStart < 0 { wordStart = index }
                    } else {
                        closeWord(at: index)
                    }
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let end = min(index + length, limit)
                if length == 3, end - index == 3, byte >= 0xE3, byte <= 0xE9,
                   !(byte == 0xE3 && buffer[index + 1] == 0x80) {
                    // CJK character: its own token. (U+3000–U+303F, CJK punctuation, separates.)
                    closeWord(at: index)
                    append(Hashing.bytes(buffer, from: index, to: end), start: index, end: end)
                } else if length == 3, byte == 0xE3 || byte == 0xE2 || byte == 0xEF {
                    // Punctuation, symbols, full-width forms.
                    closeWord(at: index)
                } else {
                    if wordStart < 0 { wordStart = index }
                }
                index = end
            }
            closeWord(at: limit)
        }
    }

    @inline(__always)
    private mutating func append(_ hash: UInt64, start: Int, end: Int) {
        if count < hashes.count {
            hashes[count] = hash
            starts[count] = start
            ends[count] = end
        } else {
            hashes.append(hash)
            starts.append(start)
            ends.append(end)
        }
        count += 1
    }
}

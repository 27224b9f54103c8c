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
    /// A word is hashed as it is read (`Hashing.bytes` of its bytes, trailing apostrophes left out).
    mutating func tokenize(_ text: [UInt8], from start: Int = 0, limit: Int, minimumLength: Int = 1) {
        count = 0
        text.withUnsafeBufferPointer { buffer in
            var index = start
            var wordStart = -1
            var hash = Hashing.offset
            // End of the word's last byte that is not an apostrophe, and the apostrophes read after it: they
            // join the hash only when more of the word follows ("don't", not "students'").
            var solidEnd = 0
            var apostrophes = 0
            @inline(__always) func closeWord() {
                if wordStart >= 0 {
                    if solidEnd - wordStart >= minimumLength { append(hash, start: wordStart, end: solidEnd) }
                    wordStart = -1
                }
            }
            @inline(__always) func extendWord(_ from: Int, _ to: Int) {
                if wordStart < 0 {
                    wordStart = from
                    hash = Hashing.offset
                    apostrophes = 0
                }
                while apostrophes > 0 {
                    hash = (hash ^ 0x27) &* Hashing.prime
                    apostrophes -= 1
                }
                for position in from..<to { hash = (hash ^ UInt64(buffer[position])) &* Hashing.prime }
                solidEnd = to
            }
            while index < limit {
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte &- 0x61 < 26 || byte &- 0x30 < 10 {
                        extendWord(index, index &+ 1)
                    } else if byte == 0x27, wordStart >= 0 {
                        apostrophes += 1
                    } else {
                        closeWord()
                    }
                    index &+= 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let end = min(index + length, limit)
                if length == 3, end - index == 3, byte >= 0xE3, byte <= 0xE9,
                   !(byte == 0xE3 && buffer[index + 1] == 0x80) {
                    // CJK character: its own token. (U+3000–U+303F, CJK punctuation, separates.)
                    closeWord()
                    append(Hashing.bytes(buffer, from: index, to: end), start: index, end: end)
                } else if length == 3, byte == 0xE3 || byte == 0xE2 || byte == 0xEF {
                    // Punctuation, symbols, full-width forms.
                    closeWord()
                } else {
                    extendWord(index, end)
                }
                index = end
            }
            closeWord()
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

/// One feature family's n-grams as mixed hashes (`Hashing.finalize`), in the order they are added.
struct NgramRun {
    var hashes: [UInt64] = []
    var count = 0

    init() {
        hashes.reserveCapacity(1_024)
    }

    @inline(__always)
    mutating func append(_ hash: UInt64) {
        let mixed = Hashing.finalize(hash)
        if count < hashes.count {
            hashes[count] = mixed
        } else {
            hashes.append(mixed)
        }
        count += 1
    }

    /// Each of the first `count` tokens, then its bigram with the one before, in `space`.
    mutating func appendUnigramsAndBigrams(_ tokens: TokenBuffer, count: Int, space: UInt64) {
        for index in 0..<count {
            append(Hashing.combine(space, tokens.hashes[index]))
            if index > 0 {
                append(Hashing.combine(space, Hashing.combine(tokens.hashes[index - 1], tokens.hashes[index])))
            }
        }
    }
}

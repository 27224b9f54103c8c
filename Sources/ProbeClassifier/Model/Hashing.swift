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

    /// Room for `capacity` tokens, left unwritten: the slots past `count` are never read.
    init(capacity: Int = 1_024) {
        hashes = .unwritten(capacity)
        starts = .unwritten(capacity)
        ends = .unwritten(capacity)
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
        // A token takes one byte at least: with room for one a byte, the scan writes without growing.
        let room = max(0, limit - start)
        guard room > 0 else {
            count = 0
            return
        }
        if hashes.count < room {
            hashes += repeatElement(0, count: room - hashes.count)
            starts += repeatElement(0, count: room - starts.count)
            ends += repeatElement(0, count: room - ends.count)
        }
        count = text.withUnsafeBufferPointer { buffer in
            hashes.withUnsafeMutableBufferPointer { hashes in
                starts.withUnsafeMutableBufferPointer { starts in
                    ends.withUnsafeMutableBufferPointer { ends in
                        var output = TokenOutput(hashes: hashes, starts: starts, ends: ends)
                        TokenBuffer.scan(buffer, from: start, limit: limit, minimumLength: minimumLength, into: &output)
                        return output.count
                    }
                }
            }
        }
    }

    /// The tokenizer's loop, on plain values (no captured state), so its variables stay in registers.
    private static func scan(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, minimumLength: Int, into output: inout TokenOutput
    ) {
        var index = start
        var word = WordHash()
        while index < limit {
            let byte = buffer[index]
            if byte < 0x80 {
                if isWordByte(byte) {
                    // The whole run of ASCII letters and digits, found and hashed in one tight loop.
                    word.open(at: index)
                    var hash = word.hash
                    var end = index
                    repeat {
                        hash = (hash ^ UInt64(buffer[end])) &* Hashing.prime
                        end &+= 1
                    } while end < limit && isWordByte(buffer[end])
                    word.hash = hash
                    word.solidEnd = end
                    index = end
                    continue
                }
                if byte == 0x27, word.start >= 0 {
                    word.apostrophes &+= 1
                } else {
                    word.close(minimumLength: minimumLength, into: &output)
                }
                index &+= 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let end = min(index + length, limit)
            if length == 3, end - index == 3, byte >= 0xE3, byte <= 0xE9,
               !(byte == 0xE3 && buffer[index + 1] == 0x80) {
                // CJK character: its own token. (U+3000–U+303F, CJK punctuation, separates.)
                word.close(minimumLength: minimumLength, into: &output)
                output.append(Hashing.bytes(buffer, from: index, to: end), start: index, end: end)
            } else if length == 3, byte == 0xE3 || byte == 0xE2 || byte == 0xEF {
                // Punctuation, symbols, full-width forms.
                word.close(minimumLength: minimumLength, into: &output)
            } else {
                word.extend(buffer, from: index, to: end)
            }
            index = end
        }
        word.close(minimumLength: minimumLength, into: &output)
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 || byte &- 0x30 < 10 }
}

/// Where the tokenizer writes: one slot a byte of input, so never past the end.
private struct TokenOutput {
    let hashes: UnsafeMutableBufferPointer<UInt64>
    let starts: UnsafeMutableBufferPointer<Int>
    let ends: UnsafeMutableBufferPointer<Int>
    var count = 0

    @inline(__always)
    mutating func append(_ hash: UInt64, start: Int, end: Int) {
        hashes[count] = hash
        starts[count] = start
        ends[count] = end
        count &+= 1
    }
}

/// The word being read: where it starts, its hash so far, the end of its last byte that is not an apostrophe,
/// and the apostrophes read after that byte (they join the hash only when more of the word follows: "don't",
/// not "students'").
private struct WordHash {
    var start = -1
    var hash = Hashing.offset
    var solidEnd = 0
    var apostrophes = 0

    /// Starts a word at `position`, or continues one, its held apostrophes now inside it.
    @inline(__always)
    mutating func open(at position: Int) {
        if start < 0 {
            start = position
            hash = Hashing.offset
            apostrophes = 0
        }
        while apostrophes > 0 {
            hash = (hash ^ 0x27) &* Hashing.prime
            apostrophes &-= 1
        }
    }

    @inline(__always)
    mutating func extend(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        open(at: from)
        for position in from..<to { hash = (hash ^ UInt64(buffer[position])) &* Hashing.prime }
        solidEnd = to
    }

    @inline(__always)
    mutating func close(minimumLength: Int, into output: inout TokenOutput) {
        guard start >= 0 else { return }
        if solidEnd - start >= minimumLength { output.append(hash, start: start, end: solidEnd) }
        start = -1
    }
}

/// One feature family's n-grams as mixed hashes (`Hashing.finalize`), in the order they are added.
struct NgramRun {
    var hashes: [UInt64]
    var count = 0

    /// Room for `capacity` hashes, left unwritten.
    init(capacity: Int = 2_048) {
        hashes = .unwritten(capacity)
    }

    /// Each of the first `tokens` tokens, then its bigram with the one before, in `space`.
    mutating func appendUnigramsAndBigrams(_ buffer: TokenBuffer, count tokens: Int, space: UInt64) {
        reserve(2 * tokens)
        var added = count
        buffer.hashes.withUnsafeBufferPointer { token in
            hashes.withUnsafeMutableBufferPointer { run in
                for index in 0..<tokens {
                    run[added] = Hashing.finalize(Hashing.combine(space, token[index]))
                    added &+= 1
                    if index > 0 {
                        run[added] = Hashing.finalize(Hashing.combine(space, Hashing.combine(token[index - 1], token[index])))
                        added &+= 1
                    }
                }
            }
        }
        count = added
    }

    mutating func append(_ hash: UInt64) {
        reserve(1)
        hashes[count] = Hashing.finalize(hash)
        count += 1
    }

    /// Room for `more` hashes after the first `count`.
    private mutating func reserve(_ more: Int) {
        if hashes.count < count + more { hashes += repeatElement(0, count: count + more - hashes.count) }
    }
}

extension Array where Element: BitwiseCopyable {
    /// `count` elements whose memory is not written first, for buffers that are filled before they are read.
    static func unwritten(_ count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }
}

/// The visible answer reduced to what the rules and the model look at: folded UTF-8 bytes of its opening
/// and its ending, plus the full length.
///
/// Only a bounded window is read, so classifying a 50 kB essay costs what a 3 kB one does. Folding: ASCII
/// is lower-cased, curly quotes become straight ones, full-width ASCII punctuation (`，`, `：`, `！`…) becomes
/// its ASCII form, common Traditional Chinese characters become their Simplified forms (`ChineseVariants`), and
/// every run of whitespace becomes one space. Other bytes pass unchanged.
package struct NormalizedText: Sendable {
    /// Bytes read from the start of the answer.
    package static let headLimit = 1_024
    /// Bytes read from the end of the answer when it is longer than the head.
    package static let tailLimit = 512

    /// Folded opening of the answer.
    package var head: [UInt8]
    /// Folded ending of the answer; empty when the head already covers the whole answer.
    package var tail: [UInt8]
    /// UTF-8 length of the original, unfolded answer.
    package var byteCount: Int
    /// `byteCount` with each letter of a two-byte alphabet (Greek, Cyrillic, Hebrew, Arabic) counted once: the
    /// length a Latin-script text of as many letters has. The rules' length thresholds were set on English and
    /// Chinese answers; in bytes, a Russian answer is twice as long as the same answer in English, and its refusal
    /// or deflection would fall outside the opening they read. Beyond the read windows, estimated from their share.
    package var scaledByteCount: Int
    /// The tail starts where the head ends (an answer shorter than the two windows together), so a phrase may
    /// straddle them; `spaceBeforeTail` says whether whitespace stood between them.
    package var tailFollowsHead: Bool
    package var spaceBeforeTail: Bool
    /// Two-byte-alphabet letters in the folded head, for `headOffset(scaled:)`.
    private var headTwoByteLetters: Int
    /// Line breaks in the read windows (structure: lists, paragraphs).
    package var lineBreaks: Int
    /// Markdown-like structure in the read windows: headings, bullets and numbered items at a line start.
    package var listItems: Int
    /// Points in the read windows: lines that open with a bullet ("- ", "* "), a number and its mark ("1.", "2)") or
    /// a bold label ("**Paragraph 2:**"); and the other lines with text, headings ("# …") left out. A list of points
    /// where an essay was asked for has a line or two around its points; an essay or a speech with a list in it has
    /// its paragraphs.
    package var points: Int
    package var plainLines: Int
    /// Identifier fragments in the read windows ("shiftExport"), counted on the original bytes (`CamelWords`).
    package var camelWords: Int
    /// Characters of Cyrillic, kana, Hangul or Han (`ScriptBytes.nonLatin` lead bytes) in the folded head and
    /// tail, counted while folding: most answers have none, and then no later pass needs to look for them.
    package var otherScriptLeads: (head: Int, tail: Int)
    /// Characters in the folded tail that may be letters of a script other than Latin (`ScriptBytes.foreignLetter`):
    /// an ending with fewer than three cannot switch scripts six times (`ScriptMix.isNoisyEnding`).
    package var tailForeignLetters: Int

    package init(_ text: String) {
        var copy = text
        let (head, tail, count, stats) = copy.withUTF8 { buffer in
            NormalizedText.fold(buffer)
        }
        self.tailFollowsHead = stats.tailFollowsHead
        self.spaceBeforeTail = stats.spaceBeforeTail
        self.head = head
        self.tail = tail
        self.byteCount = count
        self.lineBreaks = stats.lineBreaks
        self.listItems = stats.listItems
        self.points = stats.points
        self.plainLines = stats.plainLines
        self.camelWords = stats.camelWords
        self.otherScriptLeads = (stats.headOtherScriptLeads, stats.otherScriptLeads - stats.headOtherScriptLeads)
        self.tailForeignLetters = stats.foreignLetters - stats.headForeignLetters
        self.headTwoByteLetters = stats.headTwoByteLetters
        let windowBytes = stats.windowBytes
        self.scaledByteCount = windowBytes == 0 || stats.twoByteLetters == 0
            ? count : count - stats.twoByteLetters * count / windowBytes
    }

    /// The offset in the folded head where `scaled` bytes of text end, letters of two-byte alphabets counted once
    /// (`scaledByteCount`): the head's end if it is shorter.
    package func headOffset(scaled: Int) -> Int {
        guard headTwoByteLetters > 0 else { return min(scaled, head.count) }
        let kinds = ScriptBytes.kinds
        var offset = 0
        var length = 0
        while offset < head.count, length < scaled {
            let byte = head[offset]
            if kinds[Int(byte)] & ScriptBytes.twoByteLetter != 0, offset + 1 < head.count {
                offset += 2
            } else {
                offset += 1
            }
            length += 1
        }
        return offset
    }

    private static func fold(
        _ buffer: UnsafeBufferPointer<UInt8>
    ) -> ([UInt8], [UInt8], Int, FoldStats) {
        let count = buffer.count
        var stats = FoldStats()
        let headEnd = min(count, headLimit)
        let head = fold(buffer, from: 0, to: headEnd, stats: &stats)
        stats.headOtherScriptLeads = stats.otherScriptLeads
        stats.headForeignLetters = stats.foreignLetters
        stats.headTwoByteLetters = stats.twoByteLetters
        stats.windowBytes = headEnd
        stats.camelWords = CamelWords.count(in: buffer, from: 0, to: headEnd)
        var tail: [UInt8] = []
        if count > headEnd {
            var start = max(headEnd, count - tailLimit)
            if start == headEnd {
                // The head stopped before a character its window cut; the tail takes it whole.
                while start > 0, buffer[start] & 0xC0 == 0x80 { start -= 1 }
                stats.tailFollowsHead = true
                func isSpace(_ byte: UInt8) -> Bool { byte < 0x80 && NormalizedText.asciiFold[Int(byte)] == 0x20 }
                stats.spaceBeforeTail = isSpace(buffer[start - 1]) || isSpace(buffer[start])
            } else {
                // Do not start in the middle of a UTF-8 sequence.
                while start < count, buffer[start] & 0xC0 == 0x80 { start += 1 }
            }
            tail = fold(buffer, from: start, to: count, stats: &stats)
            stats.windowBytes += count - start
            stats.camelWords += CamelWords.count(in: buffer, from: start, to: count)
        }
        return (head, tail, count, stats)
    }

    private struct FoldStats {
        var lineBreaks = 0
        var listItems = 0
        var points = 0
        var plainLines = 0
        var camelWords = 0
        /// Other-script characters and possible foreign letters (`ScriptBytes`) over both windows, and the head's
        /// share of each: the tail's is the difference.
        var otherScriptLeads = 0
        var foreignLetters = 0
        var headOtherScriptLeads = 0
        var headForeignLetters = 0
        /// Letters of two-byte alphabets (`ScriptBytes.twoByteLetter`) in both windows and in the head, and the
        /// unfolded bytes the windows cover.
        var twoByteLetters = 0
        var headTwoByteLetters = 0
        var windowBytes = 0
        var tailFollowsHead = false
        var spaceBeforeTail = false
    }

    private static func fold(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, stats: inout FoldStats
    ) -> [UInt8] {
        var index = start
        var pendingSpace = false
        var atLineStart = true
        // Cut a trailing partial UTF-8 sequence at the window's end.
        var limit = end
        if limit < buffer.count {
            while limit > start, buffer[limit] & 0xC0 == 0x80 { limit -= 1 }
        }
        // Both tables read once per window: a static read per byte costs a swift_once call each time.
        return NormalizedText.asciiFold.withUnsafeBufferPointer { asciiFold in
        ChineseVariants.simplified.withUnsafeBufferPointer { simplified in
        ScriptBytes.kinds.withUnsafeBufferPointer { kinds in
        [UInt8](unsafeUninitializedCapacity: max(0, limit - start)) { out, written in
        var count = 0
        @inline(__always) func append(_ byte: UInt8) {
            out[count] = byte
            count += 1
        }
        // Eight bytes of plain ASCII text at once when nothing in them needs a byte-by-byte decision; after
        // a refusal, byte by byte for the next eight.
        var wordsFrom = index
        while index < limit {
            if index >= wordsFrom, !pendingSpace, !atLineStart, index &+ 8 <= limit {
                let chunk = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if let folded = NormalizedText.foldPlainText(chunk, afterOutput: count > 0) {
                    UnsafeMutableRawPointer(out.baseAddress! + count).storeBytes(of: folded, as: UInt64.self)
                    count &+= 8
                    index &+= 8
                    continue
                }
                wordsFrom = index &+ 8
            }
            let byte = buffer[index]
            if byte < 0x80 {
                index += 1
                let folded = asciiFold[Int(byte)]
                if folded == 0x20 {
                    if byte == 0x0A {
                        stats.lineBreaks += 1
                        atLineStart = true
                    }
                    pendingSpace = true
                    continue
                }
                if atLineStart {
                    atLineStart = false
                    if byte == 0x23 || byte == 0x2A || byte == 0x2D || (byte >= 0x30 && byte <= 0x39) {
                        stats.listItems += 1
                    }
                    if NormalizedText.opensPoint(buffer, at: index - 1, limit: limit) {
                        stats.points += 1
                    } else if byte != 0x23 {
                        stats.plainLines += 1
                    }
                }
                if pendingSpace {
                    if count > 0 { append(0x20) }
                    pendingSpace = false
                }
                append(folded)
                // The rest of an ASCII word: no space or line start to track.
                while index < limit {
                    let next = buffer[index]
                    guard next < 0x80 else { break }
                    let foldedNext = asciiFold[Int(next)]
                    guard foldedNext != 0x20 else { break }
                    append(foldedNext)
                    index += 1
                }
                continue
            }
            // Multi-byte sequence.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let next = min(index + length, limit)
            if atLineStart { stats.plainLines += 1 }
            atLineStart = false
            var replacement: UInt8?
            var simplifiedForm: UInt32?
            if length == 3, next - index == 3 {
                let b1 = buffer[index + 1], b2 = buffer[index + 2]
                if byte >= 0xE4, byte <= 0xE9 {
                    // CJK ideograph: a Traditional form becomes its Simplified one (`ChineseVariants`).
                    let point = UInt32(byte & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                    if point >= ChineseVariants.base {
                        let mapped = simplified[Int(point - ChineseVariants.base)]
                        if mapped != 0 { simplifiedForm = ChineseVariants.base + UInt32(mapped) - 1 }
                    }
                } else if byte == 0xE2, b1 == 0x80 {
                    switch b2 {
                    case 0x98, 0x99, 0xB2: replacement = 0x27 // ‘ ’ ′
                    case 0x9C, 0x9D: replacement = 0x22 // “ ”
                    case 0x93, 0x94: replacement = 0x2D // – —
                    default: break
                    }
                } else if byte == 0xE3, b1 == 0x80, b2 == 0x80 {
                    // Ideographic space.
                    pendingSpace = true
                    index = next
                    continue
                } else if byte == 0xEF, b1 == 0xBC, b2 >= 0x81, b2 <= 0xBF {
                    // Full-width ！ through ｟ range (U+FF01–U+FF3F): fold to ASCII.
                    let ascii = b2 - 0x81 + 0x21
                    replacement = ascii >= 0x41 && ascii <= 0x5A ? ascii | 0x20 : ascii
                } else if byte == 0xEF, b1 == 0xBD, b2 >= 0x80, b2 <= 0x9E {
                    // Full-width U+FF40–U+FF5E.
                    replacement = b2 - 0x80 + 0x60
                }
            } else if length == 2, next - index == 2, byte == 0xC2, buffer[index + 1] == 0xA0 {
                pendingSpace = true
                index = next
                continue
            }
            if pendingSpace {
                if count > 0 { append(0x20) }
                pendingSpace = false
            }
            if let replacement {
                append(replacement)
            } else if let form = simplifiedForm {
                stats.otherScriptLeads += 1
                stats.foreignLetters += 1
                append(0xE0 | UInt8(form >> 12))
                append(0x80 | UInt8(form >> 6 & 0x3F))
                append(0x80 | UInt8(form & 0x3F))
            } else {
                let kind = kinds[Int(byte)]
                stats.otherScriptLeads &+= Int(kind & ScriptBytes.nonLatin) >> 1
                stats.foreignLetters &+= Int(kind & ScriptBytes.foreignLetter) >> 2
                stats.twoByteLetters &+= Int(kind & ScriptBytes.twoByteLetter) >> 3
                for position in index..<next { append(buffer[position]) }
            }
            index = next
        }
        written = count
        }
        }
        }
        }
    }
}

extension NormalizedText {
    /// Whether the line starting at `start` opens with a bullet ("- ", "* "), a bold label ("**") or a number and its
    /// mark ("1.", "12)"): a point, where "# Heading", "-3 degrees" and "2024 was…" are not.
    static func opensPoint(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Bool {
        guard start + 1 < limit else { return false }
        let first = buffer[start]
        if first == 0x2D || first == 0x2A { return buffer[start + 1] == 0x20 || (first == 0x2A && buffer[start + 1] == 0x2A) }
        var index = start
        while index < limit, index < start + 3, buffer[index] >= 0x30, buffer[index] <= 0x39 { index += 1 }
        return index > start && index < limit && (buffer[index] == 0x2E || buffer[index] == 0x29)
    }

    /// Eight bytes (little-endian) folded at once, or nil when they need the byte-by-byte fold: a byte outside
    /// printable ASCII, two spaces in a row, a space last (the next byte decides whether it stays), or a space
    /// first with nothing written yet. Otherwise folding is lower-casing, done on all eight lanes.
    @inline(__always)
    static func foldPlainText(_ chunk: UInt64, afterOutput: Bool) -> UInt64? {
        guard chunk & ASCIILanes.high == 0 else { return nil }
        guard ASCIILanes.atLeast(0x20, chunk) == ASCIILanes.high else { return nil }
        let spaces = ~((chunk ^ ASCIILanes.ones &* 0x20) &+ ASCIILanes.ones &* 0x7F) & ASCIILanes.high
        guard spaces & (spaces << 8) == 0, spaces >> 56 == 0, afterOutput || spaces & 0x80 == 0 else { return nil }
        let upper = ASCIILanes.atLeast(0x41, chunk) & ~ASCIILanes.atLeast(0x5B, chunk)
        return chunk | upper >> 2
    }

    /// ASCII folded in one table read: letters lower-cased, every whitespace byte (space, tab, CR, LF, VT,
    /// FF) a space.
    static let asciiFold: [UInt8] = (0..<128).map { code in
        let byte = UInt8(code)
        if [0x20, 0x09, 0x0D, 0x0A, 0x0B, 0x0C].contains(byte) { return 0x20 }
        return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Folds a short phrase the way answers are folded, so lexicon entries match whatever their spelling.
    static func foldPhrase(_ phrase: String) -> [UInt8] {
        NormalizedText(phrase).head
    }
}

/// Eight ASCII bytes in a `UInt64`, tested all at once.
enum ASCIILanes {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each lane whose byte is at least `byte`. With every byte below 0x80, adding 0x80 - `byte`
    /// sets a lane's high bit exactly then, and no lane carries into the next.
    @inline(__always)
    static func atLeast(_ byte: UInt64, _ chunk: UInt64) -> UInt64 { (chunk &+ ones &* (0x80 - byte)) & high }

    /// Lower-case ASCII letters among eight ASCII bytes.
    @inline(__always)
    static func lowercaseLetters(_ chunk: UInt64) -> Int {
        (atLeast(0x61, chunk) & ~atLeast(0x7B, chunk)).nonzeroBitCount
    }
}

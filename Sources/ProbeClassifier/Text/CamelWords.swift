/// Counts words that start with two or more lower-case letters and turn into a capitalised part ("responseData",
/// "shiftExport", "continonlyqueryParams"): the identifier fragments a generation emits when it runs away into its
/// tokenizer's code vocabulary. Prose has brand names and units with one lower-case letter first ("iPhone", "eBay",
/// "mRNA", "kWh") or an all-capital part ("macOS"), which do not count. Read on the original bytes, since
/// folding lower-cases them.
enum CamelWords {
    /// Words in `buffer[start..<end]` that begin with two or more lower-case ASCII letters, preceded by anything but
    /// an ASCII letter, and continue with an upper-case letter and a lower-case one.
    static func count(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var found = 0
        var index = start
        var carry: UInt64 = 0
        // Eight bytes at a time: a lower-case letter followed by an upper-case one is rare in prose, so most
        // chunks are passed over on two masks.
        while index &+ 8 <= end {
            let chunk = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
            let ascii = ~chunk & ASCIILanes.high
            let bytes = chunk & ~ASCIILanes.high
            let upper = ASCIILanes.atLeast(0x41, bytes) & ~ASCIILanes.atLeast(0x5B, bytes) & ascii
            let lower = ASCIILanes.atLeast(0x61, bytes) & ~ASCIILanes.atLeast(0x7B, bytes) & ascii
            var humps = (lower << 8 | carry) & upper
            carry = lower >> 56
            while humps != 0 {
                let position = index &+ humps.trailingZeroBitCount >> 3
                if isFragment(buffer, capitalAt: position, from: start, to: end) { found += 1 }
                humps &= humps &- 1
            }
            index &+= 8
        }
        while index < end {
            if index > start, isUpper(buffer[index]), isLower(buffer[index - 1]),
               isFragment(buffer, capitalAt: index, from: start, to: end) {
                found += 1
            }
            index += 1
        }
        return found
    }

    /// Whether the capital at `position`, after a lower-case letter, is followed by a lower-case letter and
    /// preceded by a run of two or more lower-case letters that starts a word.
    private static func isFragment(_ buffer: UnsafeBufferPointer<UInt8>, capitalAt position: Int, from start: Int, to end: Int) -> Bool {
        guard position + 1 < end, isLower(buffer[position + 1]) else { return false }
        var first = position - 1
        while first > start, isLower(buffer[first - 1]) { first -= 1 }
        guard position - first >= 2 else { return false }
        return first == start || !(isLower(buffer[first - 1]) || isUpper(buffer[first - 1]))
    }

    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}

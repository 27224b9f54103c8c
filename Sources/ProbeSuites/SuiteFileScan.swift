import Foundation

/// One pass over a suite file before it is parsed, a megabyte at a time: its SHA-256, whether it is all
/// UTF-8, and how many lines start a list item at the outermost indentation any does (about as many as it
/// has prompts; deeper ones are the items of `tags`), so the prompt list is sized once instead of doubling,
/// which holds two copies at a time.
struct SuiteFileScan {
    var sha256: String
    var isUTF8 = true
    var listItems = 0

    /// Nil when the file cannot be read.
    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256Hasher()
        // The bytes of a character cut off by the end of a chunk, completed by the next one.
        var carry: [UInt8] = []
        var atLineStart = true
        var indent = 0
        var listItemsByIndent: [Int: Int] = [:]
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                return nil
            }
            if chunk.isEmpty { break }
            hasher.update(chunk)
            for byte in chunk {
                if byte == UInt8(ascii: "\n") {
                    atLineStart = true
                    indent = 0
                } else if atLineStart, byte == UInt8(ascii: " ") {
                    indent += 1
                } else if atLineStart {
                    if byte == UInt8(ascii: "-") { listItemsByIndent[indent, default: 0] += 1 }
                    atLineStart = false
                }
            }
            guard isUTF8 else { continue }
            let bytes = carry + chunk
            let end = Self.completeCharactersEnd(bytes)
            isUTF8 = String(validating: bytes[..<end], as: UTF8.self) != nil
            carry = Array(bytes[end...])
        }
        if !carry.isEmpty { isUTF8 = false }
        listItems = listItemsByIndent.min { $0.key < $1.key }?.value ?? 0
        sha256 = hasher.hexDigest()
    }

    /// Where the last character whose bytes are all in `bytes` ends.
    private static func completeCharactersEnd(_ bytes: [UInt8]) -> Int {
        for back in 1...min(3, bytes.count) where bytes.count >= back {
            let byte = bytes[bytes.count - back]
            guard byte & 0xC0 == 0x80 else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return length > back ? bytes.count - back : bytes.count
            }
        }
        return bytes.count
    }
}

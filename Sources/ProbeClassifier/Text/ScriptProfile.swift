/// Which writing systems a folded text's letters belong to, by UTF-8 lead byte: enough to tell that an
/// answer is not in the question's script (a Finnish question answered half in Chinese is SpeechMap's
/// evasive), without ever saying which script is which to the model.
struct ScriptProfile {
    /// Latin (ASCII letters, Latin-1 and Vietnamese accents), CJK, Hangul, Cyrillic, Hebrew/Arabic, other.
    static let classes = 6
    /// Letters per class (lanes 6 and 7 unused): a vector, so profiling an answer allocates nothing.
    private(set) var letters = SIMD8<Int32>(repeating: 0)

    init(_ folded: [UInt8], limit: Int = 600) {
        // ASCII letters counted apart, without a branch: they are most of the bytes of most answers.
        var ascii: Int32 = 0
        folded.withUnsafeBufferPointer { buffer in
            var index = 0
            let end = min(limit, buffer.count)
            while index < end {
                // Eight ASCII bytes at a time.
                if index &+ 8 <= end {
                    let chunk = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if chunk & ASCIILanes.high == 0 {
                        ascii &+= Int32(ASCIILanes.lowercaseLetters(chunk))
                        index &+= 8
                        continue
                    }
                }
                let byte = buffer[index]
                if byte < 0x80 {
                    ascii &+= byte &- 0x61 < 26 ? 1 : 0
                    index &+= 1
                    continue
                }
                if let script = ScriptProfile.script(lead: byte) { letters[script] += 1 }
                index &+= byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            }
        }
        letters[0] += ascii
    }

    static func script(lead byte: UInt8) -> Int? {
        switch byte {
        case 0xC3...0xCA, 0xE1: 0
        case 0xE3...0xE9: 1
        case 0xEA...0xED: 2
        case 0xD0...0xD3: 3
        case 0xD6...0xDB: 4
        case 0xC0...0xDF, 0xE0, 0xE2, 0xEE, 0xEF, 0xF0...0xF4: 5
        default: nil
        }
    }

    var total: Int { Int(letters.wrappedSum()) }

    /// The script most letters are in; nil without letters.
    var dominant: Int? {
        total == 0 ? nil : (0..<Self.classes).max { letters[$0] < letters[$1] }
    }

    /// Bin of the share of letters outside `script`: 0 (under 5%), 1 (under 20%), 2 (under 50%), 3.
    func foreignBin(to script: Int) -> Int {
        guard total > 0 else { return 0 }
        let foreign = Double(total - Int(letters[script])) / Double(total)
        return foreign < 0.05 ? 0 : foreign < 0.2 ? 1 : foreign < 0.5 ? 2 : 3
    }
}

/// JSON written straight into bytes, with Foundation `JSONEncoder`'s spelling (`.withoutEscapingSlashes`):
/// the same string escapes, integers in decimal, a double's shortest form without a trailing ".0".
///
/// For the run's hot path, where `JSONEncoder` cost more per answer than the HTTP client. The caller writes
/// keys in the order the output must have (sorted, for the journal); commas are placed here.
package struct JSONBytes {
    package var bytes: [UInt8]
    /// No member written yet in the innermost open object or array.
    private var isFirst = true

    package init(bytes: [UInt8] = []) {
        self.bytes = bytes
    }

    /// An object whose members `body` writes.
    package mutating func object(_ body: (inout JSONBytes) throws -> Void) rethrows {
        try nest(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    /// An array of strings.
    package mutating func array(_ values: [String]) {
        array(values) { json, value in json.string(value) }
    }

    /// An array with one element per value, each written by `element`.
    package mutating func array<Element>(
        _ values: [Element], _ element: (inout JSONBytes, Element) throws -> Void
    ) rethrows {
        try nest(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { json in
            for value in values {
                json.separate()
                try element(&json, value)
            }
        }
    }

    /// A member's key and colon; its value is written next. Keys are plain ASCII names, never escaped.
    package mutating func key(_ name: StaticString) {
        name.withUTF8Buffer { key(utf8: $0) }
    }

    /// A key named at run time, such as a prompt attribute's: plain ASCII, never escaped.
    package mutating func key(_ name: String) {
        var name = name
        name.withUTF8 { key(utf8: $0) }
    }

    private mutating func key(utf8 name: UnsafeBufferPointer<UInt8>) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: name)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    package mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // Over contiguous UTF-8, the check for escapes is a plain loop the optimiser can unroll.
        var value = value
        value.withUTF8 { utf8 in
            if utf8.contains(where: Self.needsEscape) {
                for byte in utf8 { escape(byte) }
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    package mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    package mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// The shortest decimal that reads back as `value`; a whole number without ".0". JSON has no NaN or
    /// infinity, so those throw, as they do in `JSONEncoder`.
    package mutating func double(_ value: Double) throws {
        guard value.isFinite else { throw JSONBytesError(value: value) }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// Members written only when present, as `encodeIfPresent` does.
    package mutating func member(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    package mutating func member(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        int(value)
    }

    private mutating func nest(open: UInt8, close: UInt8, _ body: (inout JSONBytes) throws -> Void) rethrows {
        bytes.append(open)
        let outer = isFirst
        isFirst = true
        defer { isFirst = outer }
        try body(&self)
        bytes.append(close)
    }

    private mutating func separate() {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        isFirst = false
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
        case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
        case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        case ..<0x20:
            // Lower-case hex, as JSONEncoder writes it.
            bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                      Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]]
        default: bytes.append(byte)
        }
    }
}

/// A double JSON cannot hold (NaN or an infinity).
package struct JSONBytesError: Error, CustomStringConvertible {
    package var value: Double

    package var description: String { "\(value) cannot be written as JSON" }
}

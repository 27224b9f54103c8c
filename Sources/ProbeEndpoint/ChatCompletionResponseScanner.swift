import ProbeCore

/// Reads a chat completion response from its bytes: the one parser for answers (`JSONDecoder` cost more per
/// answer than the rest of the decoding, and could not keep text it failed to decode).
///
/// Lenient where servers are sloppy, because a detail gone wrong must not throw an answer away:
/// - a field of another type than expected is absent (`"content": 12` is no content), not a failure;
/// - a repeated key takes its last value, as Python and JavaScript do;
/// - text the server could not encode is kept: a lone surrogate escape (what Python's `json.dumps` writes for
///   bytes it could not decode) becomes U+FFFD, a raw control character inside a string stays as it is, and
///   `repairs` says so per field;
/// - content as an array of parts is joined; token counts may be floats or numeric strings.
///
/// Anything else that is not JSON (a bad escape, a trailing comma, a second value, nesting deeper than
/// `maximumDepth`) gives nil: the caller reports the body.
package struct ChatCompletionResponseScanner {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    private var depth = 0

    /// Deeper than any real response; the limit keeps the recursive reading off the end of the stack.
    package static let maximumDepth = 128

    /// The body read, or nil when it is not JSON.
    package static func scan(_ bytes: UnsafeRawBufferPointer) -> ChatCompletionResponseBody? {
        var scanner = ChatCompletionResponseScanner(bytes: bytes)
        scanner.skipSpace()
        guard let body = try? scanner.body(), scanner.atEnd() else { return nil }
        return body
    }

    private init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Why the read failed; never shown, the caller quotes the body.
    private struct GiveUp: Error {}

    /// A string's text and what was done to read it.
    private struct Text {
        package var string: String
        package var repairs = TextRepairs()
    }

    private mutating func body() throws(GiveUp) -> ChatCompletionResponseBody {
        var model: String?
        var choices: [ChatCompletionResponseBody.Choice] = []
        var usage: TokenUsage?
        var errorMessage: String?
        try members { scanner, key throws(GiveUp) in
            switch key {
            case "model": model = try scanner.optionalText()?.string
            case "choices": choices = try scanner.choices()
            case "usage": usage = try scanner.usage()
            case "error": errorMessage = try scanner.errorMessage()
            default: try scanner.skipValue()
            }
        }
        return ChatCompletionResponseBody(model: model, choices: choices, usage: usage, errorMessage: errorMessage)
    }

    /// The choices that are objects; none when `choices` is not an array.
    private mutating func choices() throws(GiveUp) -> [ChatCompletionResponseBody.Choice] {
        var choices: [ChatCompletionResponseBody.Choice] = []
        try objects { scanner throws(GiveUp) in choices.append(try scanner.choice()) }
        return choices
    }

    private mutating func choice() throws(GiveUp) -> ChatCompletionResponseBody.Choice {
        var message: ChatCompletionResponseBody.Message?
        var finishReason: String?
        try members { scanner, key throws(GiveUp) in
            switch key {
            case "message": message = try scanner.message()
            case "finish_reason": finishReason = try scanner.optionalText()?.string
            default: try scanner.skipValue()
            }
        }
        return ChatCompletionResponseBody.Choice(message: message, finishReason: finishReason)
    }

    private mutating func message() throws(GiveUp) -> ChatCompletionResponseBody.Message? {
        guard peek() == UInt8(ascii: "{") else {
            try skipValue()
            return nil
        }
        var content: Text?
        var reasoningContent: Text?
        var reasoning: Text?
        try members { scanner, key throws(GiveUp) in
            switch key {
            case "content": content = try scanner.peek() == UInt8(ascii: "[") ? scanner.contentParts() : scanner.optionalText()
            case "reasoning_content": reasoningContent = try scanner.optionalText()
            case "reasoning": reasoning = try scanner.optionalText()
            default: try scanner.skipValue()
            }
        }
        let thought = reasoningContent ?? reasoning
        var repairs: [String] = []
        if let line = content?.repairs.description { repairs.append("content: " + line) }
        if let line = thought?.repairs.description { repairs.append("reasoning: " + line) }
        return ChatCompletionResponseBody.Message(content: content?.string, reasoning: thought?.string, repairs: repairs)
    }

    /// Content as an array of parts: the `text` of each part that has one, joined.
    private mutating func contentParts() throws(GiveUp) -> Text {
        var joined = Text(string: "")
        try objects { scanner throws(GiveUp) in
            var text: Text?
            try scanner.members { scanner, key throws(GiveUp) in
                if key == "text" { text = try scanner.optionalText() } else { try scanner.skipValue() }
            }
            guard let text else { return }
            joined.string += text.string
            joined.repairs.add(text.repairs)
        }
        return joined
    }

    private mutating func usage() throws(GiveUp) -> TokenUsage? {
        guard peek() == UInt8(ascii: "{") else {
            try skipValue()
            return nil
        }
        var prompt: Int?
        var completion: Int?
        try members { scanner, key throws(GiveUp) in
            switch key {
            case "prompt_tokens": prompt = try scanner.count()
            case "completion_tokens": completion = try scanner.count()
            default: try scanner.skipValue()
            }
        }
        return TokenUsage(promptTokens: prompt, completionTokens: completion)
    }

    /// `{"message": …}` or a plain string.
    private mutating func errorMessage() throws(GiveUp) -> String? {
        guard peek() == UInt8(ascii: "{") else { return try optionalText()?.string }
        var message: String?
        try members { scanner, key throws(GiveUp) in
            if key == "message" { message = try scanner.optionalText()?.string } else { try scanner.skipValue() }
        }
        return message
    }

    /// A token count written as an integer, a float that is a whole number once rounded, or a numeric string.
    private mutating func count() throws(GiveUp) -> Int? {
        switch peek() ?? 0 {
        case UInt8(ascii: "\""): return Int(try string().string)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            try skipNumber()
            let number = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            return Int(number) ?? Double(number).flatMap { Int(exactly: $0.rounded()) }
        default:
            try skipValue()
            return nil
        }
    }

    /// A string's text; nil for null or a value of another type.
    private mutating func optionalText() throws(GiveUp) -> Text? {
        guard peek() == UInt8(ascii: "\"") else {
            try skipValue()
            return nil
        }
        return try string()
    }

    /// Calls `object` at each element of an array that is an object, which it must read; skips the other
    /// elements, and a value that is not an array.
    private mutating func objects(_ object: (inout Self) throws(GiveUp) -> Void) throws(GiveUp) {
        guard peek() == UInt8(ascii: "[") else { return try skipValue() }
        try elements { scanner throws(GiveUp) in
            if scanner.peek() == UInt8(ascii: "{") { try object(&scanner) } else { try scanner.skipValue() }
        }
    }

    // MARK: JSON

    /// Calls `member` with each key of an object, positioned at its value, which it must read.
    private mutating func members(_ member: (inout Self, String) throws(GiveUp) -> Void) throws(GiveUp) {
        try sequence(open: UInt8(ascii: "{"), close: UInt8(ascii: "}")) { scanner throws(GiveUp) in
            guard scanner.peek() == UInt8(ascii: "\"") else { throw GiveUp() }
            let key = try scanner.string().string
            scanner.skipSpace()
            try scanner.expect(UInt8(ascii: ":"))
            scanner.skipSpace()
            try member(&scanner, key)
        }
    }

    /// Calls `element` at each element of an array, which it must read.
    private mutating func elements(_ element: (inout Self) throws(GiveUp) -> Void) throws(GiveUp) {
        try sequence(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), element)
    }

    /// An object or array: `item` reads each member or element, the commas and brackets are read here.
    private mutating func sequence(
        open: UInt8, close: UInt8, _ item: (inout Self) throws(GiveUp) -> Void
    ) throws(GiveUp) {
        try expect(open)
        try nest()
        defer { depth -= 1 }
        skipSpace()
        if peek() == close {
            index += 1
            return
        }
        while true {
            skipSpace()
            try item(&self)
            skipSpace()
            guard let next = take() else { throw GiveUp() }
            if next == close { return }
            guard next == UInt8(ascii: ",") else { throw GiveUp() }
        }
    }

    /// Reads past one value, checking that it is well-formed.
    private mutating func skipValue() throws(GiveUp) {
        switch peek() {
        case UInt8(ascii: "{"): try members { scanner, _ throws(GiveUp) in try scanner.skipValue() }
        case UInt8(ascii: "["): try elements { scanner throws(GiveUp) in try scanner.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): guard try literal("true") else { throw GiveUp() }
        case UInt8(ascii: "f"): guard try literal("false") else { throw GiveUp() }
        case UInt8(ascii: "n"): guard try literal("null") else { throw GiveUp() }
        default: try skipNumber()
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private mutating func skipNumber() throws(GiveUp) {
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard let first = peek(), Self.isDigit(first) else { throw GiveUp() }
        if first == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard let digit = peek(), Self.isDigit(digit) else { throw GiveUp() }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard let digit = peek(), Self.isDigit(digit) else { throw GiveUp() }
            skipDigits()
        }
        guard let next = peek(), Self.endsValue(next) else { throw GiveUp() }
    }

    private mutating func skipDigits() {
        while let byte = peek(), Self.isDigit(byte) { index += 1 }
    }

    /// A string at `index` (its opening quote), unescaped. The body was checked to be UTF-8 before.
    private mutating func string() throws(GiveUp) -> Text {
        try expect(UInt8(ascii: "\""))
        let start = index
        while let byte = peek(), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 {
            index += 1
        }
        if peek() == UInt8(ascii: "\"") {
            index += 1
            return Text(string: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self))
        }
        var text = Array(bytes[start..<index])
        var repairs = TextRepairs()
        while true {
            guard let byte = take() else { throw GiveUp() }
            switch byte {
            case UInt8(ascii: "\""):
                return Text(string: String(decoding: text, as: UTF8.self), repairs: repairs)
            case UInt8(ascii: "\\"):
                guard let escaped = take() else { throw GiveUp() }
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try escapedScalar()
                    if scalar == nil { repairs.loneSurrogates += 1 }
                    text.append(contentsOf: String(scalar ?? "\u{FFFD}").utf8)
                default: throw GiveUp()
                }
            default:
                // JSON forbids raw control characters in a string; a server that sends one still meant it.
                if byte < 0x20 { repairs.rawControls += 1 }
                text.append(byte)
            }
        }
    }

    /// The character of a `\u` escape (its `\u` read), joining a surrogate pair; nil for a lone surrogate.
    private mutating func escapedScalar() throws(GiveUp) -> Unicode.Scalar? {
        let unit = try hexUnit()
        if let scalar = Unicode.Scalar(unit) { return scalar }
        guard UTF16.isLeadSurrogate(UInt16(unit)), index + 6 <= bytes.count,
              bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
        else { return nil }
        let resume = index
        index += 2
        let trail = try hexUnit()
        guard UTF16.isTrailSurrogate(UInt16(trail)) else {
            // Not a pair: the next escape is read on its own.
            index = resume
            return nil
        }
        return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (trail - 0xDC00))
    }

    /// Four hex digits.
    private mutating func hexUnit() throws(GiveUp) -> UInt32 {
        guard index + 4 <= bytes.count else { throw GiveUp() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            index += 1
            let digit: UInt8 = switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: throw GiveUp()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private mutating func literal(_ word: StaticString) throws(GiveUp) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
              word.withUTF8Buffer({ $0.elementsEqual(bytes[index..<index + count]) })
        else { return false }
        index += count
        guard let next = peek(), Self.endsValue(next) else { throw GiveUp() }
        return true
    }

    private mutating func nest() throws(GiveUp) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw GiveUp() }
    }

    private mutating func expect(_ byte: UInt8) throws(GiveUp) {
        guard take() == byte else { throw GiveUp() }
    }

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func take() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    private mutating func skipSpace() {
        while let byte = peek(), Self.isSpace(byte) { index += 1 }
    }

    /// Only JSON's white space may follow the top-level object.
    private mutating func atEnd() -> Bool {
        skipSpace()
        return index == bytes.count
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// What may follow a number or literal inside a container; a value at the very end is malformed here.
    private static func endsValue(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
    }
}

/// What reading one string took beyond JSON's rules.
package struct TextRepairs: Hashable, Sendable {
    /// `\uD800`–`\uDFFF` escapes that are not half of a pair, each kept as U+FFFD.
    package var loneSurrogates = 0
    /// Raw bytes below U+0020 inside the string, kept as they are.
    package var rawControls = 0

    package mutating func add(_ other: TextRepairs) {
        loneSurrogates += other.loneSurrogates
        rawControls += other.rawControls
    }

    /// One line for a record ("2 lone surrogate escapes kept as U+FFFD"); nil when nothing was repaired.
    package var description: String? {
        let parts = [
            loneSurrogates > 0 ? "\(loneSurrogates) lone surrogate escape\(loneSurrogates == 1 ? "" : "s") kept as U+FFFD" : nil,
            rawControls > 0 ? "\(rawControls) raw control character\(rawControls == 1 ? "" : "s") kept" : nil,
        ].compactMap(\.self)
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

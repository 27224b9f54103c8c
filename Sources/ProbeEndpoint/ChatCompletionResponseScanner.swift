import ProbeCore

/// Reads the common shape of a chat completion response straight from its bytes, without `JSONDecoder`
/// (whose Codable machinery cost more per answer than the rest of the decoding).
///
/// A fast path, not a second decoder: it gives up (nil) on anything it does not handle exactly as
/// `ChatCompletionResponseBody.init(from:)` does — malformed JSON, content as parts, a token count that is
/// not a plain integer, an escaped key, a repeated key the harness reads, a `\u` surrogate, deep nesting —
/// and the caller decodes those bodies with `JSONDecoder`. When it answers, the answer is the decoder's
/// (a test compares both over many bodies, well-formed and broken).
struct ChatCompletionResponseScanner {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    private var depth = 0

    /// The body decoded, or nil to leave it to `JSONDecoder`.
    static func scan(_ bytes: UnsafeRawBufferPointer) -> ChatCompletionResponseBody? {
        var scanner = ChatCompletionResponseScanner(bytes: bytes)
        scanner.skipSpace()
        guard let body = try? scanner.body(), scanner.atEnd() else { return nil }
        return body
    }

    private init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Why the scan gave up; never shown, the decoder says what is wrong.
    private struct GiveUp: Error {}

    private mutating func body() throws(GiveUp) -> ChatCompletionResponseBody {
        var model: String??
        var choices: [ChatCompletionResponseBody.Choice]?
        var usage: TokenUsage??
        var errorMessage: String??
        try members { scanner, key throws(GiveUp) in
            switch key {
            case "model": try Self.once(&model, scanner.optionalString())
            case "choices": try Self.once(&choices, scanner.choices())
            case "usage": try Self.once(&usage, scanner.usage())
            case "error": try Self.once(&errorMessage, scanner.errorMessage())
            default: try scanner.skipValue()
            }
        }
        return ChatCompletionResponseBody(model: model ?? nil, choices: choices ?? [], usage: usage ?? nil,
                                          errorMessage: errorMessage ?? nil)
    }

    /// The choices, when every one is an object (otherwise the decoder keeps none).
    private mutating func choices() throws(GiveUp) -> [ChatCompletionResponseBody.Choice] {
        guard peek() == UInt8(ascii: "[") else {
            try skipValue()
            return []
        }
        var choices: [ChatCompletionResponseBody.Choice] = []
        try elements { scanner throws(GiveUp) in
            guard scanner.peek() == UInt8(ascii: "{") else { throw GiveUp() }
            choices.append(try scanner.choice())
        }
        return choices
    }

    private mutating func choice() throws(GiveUp) -> ChatCompletionResponseBody.Choice {
        var message: ChatCompletionResponseBody.Message??
        var finishReason: String??
        try members { scanner, key throws(GiveUp) in
            switch key {
            case "message": try Self.once(&message, scanner.message())
            case "finish_reason": try Self.once(&finishReason, scanner.optionalString())
            default: try scanner.skipValue()
            }
        }
        return ChatCompletionResponseBody.Choice(message: message ?? nil, finishReason: finishReason ?? nil)
    }

    private mutating func message() throws(GiveUp) -> ChatCompletionResponseBody.Message? {
        guard peek() == UInt8(ascii: "{") else {
            try skipValue()
            return nil
        }
        var content: String??
        var reasoningContent: String??
        var reasoning: String??
        try members { scanner, key throws(GiveUp) in
            switch key {
            case "content":
                // Content as an array of parts is the decoder's.
                guard scanner.peek() != UInt8(ascii: "[") else { throw GiveUp() }
                try Self.once(&content, scanner.optionalString())
            case "reasoning_content": try Self.once(&reasoningContent, scanner.optionalString())
            case "reasoning": try Self.once(&reasoning, scanner.optionalString())
            default: try scanner.skipValue()
            }
        }
        return ChatCompletionResponseBody.Message(content: content ?? nil,
                                                  reasoning: (reasoningContent ?? nil) ?? (reasoning ?? nil))
    }

    private mutating func usage() throws(GiveUp) -> TokenUsage? {
        guard peek() == UInt8(ascii: "{") else {
            try skipValue()
            return nil
        }
        var prompt: Int??
        var completion: Int??
        try members { scanner, key throws(GiveUp) in
            switch key {
            case "prompt_tokens": try Self.once(&prompt, scanner.count())
            case "completion_tokens": try Self.once(&completion, scanner.count())
            default: try scanner.skipValue()
            }
        }
        return TokenUsage(promptTokens: prompt ?? nil, completionTokens: completion ?? nil)
    }

    /// `{"message": …}` or a plain string.
    private mutating func errorMessage() throws(GiveUp) -> String? {
        guard peek() == UInt8(ascii: "{") else { return try optionalString() }
        var message: String??
        try members { scanner, key throws(GiveUp) in
            if key == "message" { try Self.once(&message, scanner.optionalString()) } else { try scanner.skipValue() }
        }
        return message ?? nil
    }

    /// A token count: a plain integer or null; anything else (floats, strings) is the decoder's.
    private mutating func count() throws(GiveUp) -> Int? {
        if try literal("null") { return nil }
        var value = 0
        var digits = 0
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            guard digits < 18, digits == 0 || value != 0 else { throw GiveUp() }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        guard digits > 0, let next = peek(), Self.endsValue(next) else { throw GiveUp() }
        return value
    }

    /// A string's value; nil for null or a value of another type (which the decoder's lenient read drops).
    private mutating func optionalString() throws(GiveUp) -> String? {
        guard peek() == UInt8(ascii: "\"") else {
            try skipValue()
            return nil
        }
        return try string()
    }

    /// Sets a field read for the first time; a key given twice is the decoder's to settle.
    private static func once<Value>(_ field: inout Value?, _ value: Value) throws(GiveUp) {
        if case .some = field { throw GiveUp() }
        field = value
    }

    // MARK: JSON

    /// Calls `member` with each key of an object, positioned at its value, which it must read.
    private mutating func members(_ member: (inout Self, String) throws(GiveUp) -> Void) throws(GiveUp) {
        try sequence(open: UInt8(ascii: "{"), close: UInt8(ascii: "}")) { scanner throws(GiveUp) in
            guard scanner.peek() == UInt8(ascii: "\"") else { throw GiveUp() }
            let key = try scanner.string()
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
    private mutating func string() throws(GiveUp) -> String {
        try expect(UInt8(ascii: "\""))
        let start = index
        while let byte = peek(), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
            guard byte >= 0x20 else { throw GiveUp() }
            index += 1
        }
        if peek() == UInt8(ascii: "\"") {
            index += 1
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
        }
        var text = Array(bytes[start..<index])
        while true {
            guard let byte = take() else { throw GiveUp() }
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: text, as: UTF8.self)
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
                    // Surrogates (halves of a pair, or lone) are the decoder's.
                    guard let scalar = try hexScalar() else { throw GiveUp() }
                    text.append(contentsOf: String(scalar).utf8)
                default: throw GiveUp()
                }
            default:
                guard byte >= 0x20 else { throw GiveUp() }
                text.append(byte)
            }
        }
    }

    private mutating func hexScalar() throws(GiveUp) -> Unicode.Scalar? {
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
        return Unicode.Scalar(value)
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
        guard depth <= 64 else { throw GiveUp() }
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

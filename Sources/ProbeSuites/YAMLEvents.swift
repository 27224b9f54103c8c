#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
// libyaml as Yams ships it: Yams composes a whole document into nodes (1.84 GB for a 100 MB suite), while
// its event parser lets a suite be read one prompt at a time. CYaml is a target of Yams, not a product, so
// Package.swift cannot name it: it is reached through the `Yams` product, pinned with it.
import CYaml
import Yams

/// libyaml's events for one YAML stream, read from a file a few kilobytes at a time or from text in memory.
///
/// A problem the parser meets becomes a `SuiteError` worded as Yams words it (`invalid YAML: …`), located
/// at the line libyaml names.
final class YAMLEvents {
    enum Event {
        case streamEnd
        case documentStart
        case documentEnd
        case alias(anchor: String)
        case scalar(Yams.Node.Scalar, anchor: String?)
        case sequenceStart(anchor: String?)
        case sequenceEnd
        case mappingStart(anchor: String?)
        case mappingEnd
    }

    let file: String
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private var input: UnsafeMutablePointer<FILE>?
    private var text: UnsafeMutableBufferPointer<UInt8>?
    /// Bytes of a UTF-8 byte-order mark skipped before the parser reads (an editor's, not YAML's): 0 or 3.
    private var skipped = 0

    /// Events of the file at `path`, which must exist and be readable.
    init(contentsOf path: String, file: String) throws(SuiteError) {
        self.file = file
        yaml_parser_initialize(parser)
        guard let input = fopen(path, "rb") else {
            throw SuiteError(file: file, line: nil, field: nil, message: "cannot read file")
        }
        self.input = input
        // The parser is told the input is UTF-8, so it would read a byte-order mark as content: skip one.
        var mark = [UInt8](repeating: 0, count: 3)
        skipped = fread(&mark, 1, 3, input) == 3 && mark == YAMLEvents.byteOrderMark ? 3 : 0
        fseek(input, skipped, SEEK_SET)
        yaml_parser_set_input_file(parser, input)
        try start()
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Events of `text`, for callers that hold a suite in memory.
    init(text: String, file: String) throws(SuiteError) {
        self.file = file
        yaml_parser_initialize(parser)
        let utf8 = text.utf8.starts(with: YAMLEvents.byteOrderMark) ? text.utf8.dropFirst(3) : text.utf8[...]
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: utf8.count)
        _ = bytes.initialize(from: utf8)
        self.text = bytes
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        try start()
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        if let input { fclose(input) }
        text?.deallocate()
    }

    private func start() throws(SuiteError) {
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        _ = try next() // the stream start
    }

    /// The next event and the line it starts on.
    func next() throws(SuiteError) -> (event: Event, line: Int) {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw problem() }
        defer { yaml_event_delete(&event) }
        let line = Int(event.start_mark.line) + 1
        switch event.type {
        case YAML_ALIAS_EVENT:
            return (.alias(anchor: Self.string(event.data.alias.anchor) ?? ""), line)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            // As Yams tags them: a quoted scalar is a string, so `"true"` is not a boolean.
            let tag = scalar.quoted_implicit == 1 ? Tag.Name.str : Self.string(scalar.tag).map { Tag.Name(rawValue: $0) } ?? .implicit
            return (.scalar(Yams.Node.Scalar(value, Tag(tag)), anchor: Self.string(scalar.anchor)), line)
        case YAML_SEQUENCE_START_EVENT:
            return (.sequenceStart(anchor: Self.string(event.data.sequence_start.anchor)), line)
        case YAML_SEQUENCE_END_EVENT:
            return (.sequenceEnd, line)
        case YAML_MAPPING_START_EVENT:
            return (.mappingStart(anchor: Self.string(event.data.mapping_start.anchor)), line)
        case YAML_MAPPING_END_EVENT:
            return (.mappingEnd, line)
        case YAML_DOCUMENT_START_EVENT:
            return (.documentStart, line)
        case YAML_DOCUMENT_END_EVENT:
            return (.documentEnd, line)
        default:
            return (.streamEnd, line)
        }
    }

    /// A problem found by composing rather than parsing (an unknown alias, a second document).
    func problem(_ message: String, line: Int?, field: String? = nil) -> SuiteError {
        SuiteError(file: file, line: line, field: field, message: message)
    }

    private func problem() -> SuiteError {
        let state = parser.pointee
        let text = state.problem.map { String(cString: $0) } ?? "unknown error"
        switch state.error {
        case YAML_READER_ERROR:
            // Bad bytes and control characters: libyaml gives a byte offset instead of a line.
            return problem("invalid YAML: \(text)", line: line(atOffset: state.problem_offset))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            return problem("invalid YAML: \(text)", line: Int(state.problem_mark.line) + 1)
        default:
            return problem("invalid YAML: \(text)", line: nil)
        }
    }

    /// The line holding byte `offset` of the input, counted without reading the input twice into memory.
    private func line(atOffset offset: Int) -> Int? {
        if let text { return text.prefix(offset).count { $0 == UInt8(ascii: "\n") } + 1 }
        guard let input else { return nil }
        fseek(input, skipped, SEEK_SET)
        var newlines = 0
        var remaining = offset
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while remaining > 0 {
            let count = fread(&chunk, 1, min(remaining, chunk.count), input)
            guard count > 0 else { return nil }
            newlines += chunk[..<count].count { $0 == UInt8(ascii: "\n") }
            remaining -= count
        }
        return newlines + 1
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

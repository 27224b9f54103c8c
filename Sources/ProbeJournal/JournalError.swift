/// A journal that cannot be opened, read or written, with the path and what to do.
public struct JournalError: Error, Sendable, CustomStringConvertible {
    /// The file that could not be read or written.
    public var path: String
    /// The 1-based line, when one line is at fault.
    public var line: Int?
    /// What is wrong and, where it helps, what to do.
    public var message: String

    /// An error about `path`, at `line` when one line is at fault.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}

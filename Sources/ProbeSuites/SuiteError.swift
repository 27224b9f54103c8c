/// A problem in a suite file, located by file, line and field so the author can fix it at once.
public struct SuiteError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// The field at fault, e.g. `prompts[3].language`.
    public var field: String?
    public var message: String

    public init(file: String, line: Int?, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let field { location += ": \(field)" }
        return "\(location): \(message)"
    }
}

/// Every problem found in one load, so an author sees them all in one pass.
public struct SuiteValidationError: Error, Sendable, CustomStringConvertible {
    public var errors: [SuiteError]

    public init(errors: [SuiteError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}

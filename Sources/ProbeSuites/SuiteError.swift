/// A problem in a suite file, located by file, line and field so the author can fix it at once.
package struct SuiteError: Error, Sendable, Hashable, CustomStringConvertible {
    package var file: String
    /// 1-based line, when known.
    package var line: Int?
    /// The field at fault, e.g. `prompts[3].language`.
    package var field: String?
    package var message: String

    package init(file: String, line: Int?, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    package var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let field { location += ": \(field)" }
        return "\(location): \(message)"
    }
}

/// Every problem found in one load, so an author sees them all in one pass.
package struct SuiteValidationError: Error, Sendable, CustomStringConvertible {
    package var errors: [SuiteError]

    package init(errors: [SuiteError]) {
        self.errors = errors
    }

    package var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}

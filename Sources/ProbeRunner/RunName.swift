/// Run folder names derived from user input, kept to one safe path component.
package enum RunName {
    /// Replaces anything but letters, digits, `.`, `-` and `_` so a model name like `org/model:tag`
    /// cannot escape the results folder.
    package static func sanitized(_ name: String) -> String {
        let cleaned = String(name.map { $0.isLetter || $0.isNumber || "._-".contains($0) ? $0 : "-" })
        let trimmed = cleaned.drop { $0 == "." || $0 == "-" }
        return trimmed.isEmpty ? "run" : String(trimmed)
    }
}

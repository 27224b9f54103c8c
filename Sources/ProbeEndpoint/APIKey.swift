import Foundation

/// Resolves an API key from where the user keeps it. Errors name the variable or file, never the value.
package enum APIKey {
    package struct ResolutionError: Error, Sendable, Hashable, CustomStringConvertible {
        package var description: String

        package init(description: String) {
            self.description = description
        }
    }

    /// The key in environment variable `name`, trimmed.
    package static func fromEnvironment(
        _ name: String, environment: [String: String]
    ) throws(ResolutionError) -> String {
        guard let raw = environment[name] else {
            throw ResolutionError(description: "environment variable \(name) is not set")
        }
        return try nonEmpty(raw, source: "environment variable \(name)")
    }

    /// The key in the file at `path`, trimmed (editors and `echo` leave a trailing newline).
    package static func fromFile(_ path: String) throws(ResolutionError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ResolutionError(description: "cannot read API key file \(path)")
        }
        guard let raw = String(data: data, encoding: .utf8) else {
            throw ResolutionError(description: "API key file \(path) is not UTF-8 text")
        }
        return try nonEmpty(raw, source: "API key file \(path)")
    }

    private static func nonEmpty(_ raw: String, source: String) throws(ResolutionError) -> String {
        let key = raw.trimmingWhitespace()
        guard !key.isEmpty else { throw ResolutionError(description: "\(source) is empty") }
        // A header value cannot carry a line break; a multi-line file is a mistake, not a key.
        guard !key.contains(where: \.isNewline) else {
            throw ResolutionError(description: "\(source) holds more than one line")
        }
        guard !key.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw ResolutionError(description: "\(source) holds a control character, which no API key has")
        }
        return key
    }
}

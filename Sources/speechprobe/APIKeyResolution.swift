import ArgumentParser
import Foundation
import SpeechProbeKit

/// The key named by an `--…-api-key-env` variable or an `--api-key-file`, for every command that takes one;
/// nil when neither is given. A problem is a usage error naming the variable or file, never the key.
func resolveAPIKey(environment variable: String?, file: String? = nil) throws -> String? {
    do {
        if let variable { return try APIKey.fromEnvironment(variable, environment: ProcessInfo.processInfo.environment) }
        if let file { return try APIKey.fromFile(file) }
    } catch {
        throw ValidationError(error.description)
    }
    return nil
}

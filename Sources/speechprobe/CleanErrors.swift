import ArgumentParser
import SpeechProbeKit

/// Prints a library error as one clear line and exits non-zero, instead of a dump of the error value.
func withCleanErrors<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as ExitCode {
        throw error
    } catch let error as Preflight.Failure {
        printError("error: \(error.withFlagHints)")
        throw ExitCode.failure
    } catch let error as any CustomStringConvertible & Error {
        printError("error: \(error.description)")
        throw ExitCode.failure
    }
}

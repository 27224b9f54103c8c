import ArgumentParser
import Foundation
import SpeechProbeKit

/// Run folders as given on the command line (`RunDirectory.expand`), and the merge check.
enum RunFolders {
    static func expand(_ arguments: [String]) throws -> [RunDirectory] {
        do {
            return try RunDirectory.expand(arguments)
        } catch let error as RunDirectory.NoMatch {
            throw ValidationError(error.description)
        }
    }

    /// Checks that folders of one target may merge; prints what the reader should know about the merge.
    static func checkMerge(_ runs: [RunDirectory]) throws {
        for note in try merging({ try RunMerge.check(runs) }) { printError("note: " + note) }
    }

    /// Runs `body`, turning a refused merge into a plain usage error.
    static func merging<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RunMerge.Mismatch {
            throw ValidationError(error.description)
        }
    }

}

/// `--shard I/N`, `auto` or `auto/N`, read against this process's environment.
func parseShard(_ text: String) throws -> Shard {
    do {
        return try Shard.parse(text, environment: ProcessInfo.processInfo.environment)
    } catch {
        throw ValidationError("--shard: \(error.description)")
    }
}

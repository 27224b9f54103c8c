#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import SpeechProbeKit

/// Run folders as given on the command line: a path, a glob (`out/shard-*/qwen`, quoted so the program
/// expands it), or several of either joined by commas.
enum RunFolders {
    static func expand(_ arguments: [String]) throws -> [RunDirectory] {
        try arguments.flatMap { $0.split(separator: ",").map(String.init) }.flatMap { pattern -> [RunDirectory] in
            guard pattern.contains(where: { "*?[".contains($0) }) else { return [RunDirectory(pattern)] }
            let matches = Self.matches(pattern)
            guard !matches.isEmpty else { throw ValidationError("no run folder matches \(pattern)") }
            return matches.map(RunDirectory.init)
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

    /// Sorted matches of a shell pattern.
    private static func matches(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }.sorted()
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

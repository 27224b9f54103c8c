import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension RunDirectory {
    /// A glob that matched nothing.
    package struct NoMatch: Error, CustomStringConvertible {
        package var pattern: String
        package var description: String { "no run folder matches \(pattern)" }
    }

    /// Run folders as given on the command line. A path that exists is that folder, whatever its name holds
    /// (`r[1]`, `a,b`, `q?`); otherwise the argument is a comma list of paths and quoted globs
    /// (`out/shard-*/qwen`), each glob's matches sorted.
    package static func expand(_ arguments: [String]) throws -> [RunDirectory] {
        try arguments.flatMap { argument -> [RunDirectory] in
            if FileManager.default.fileExists(atPath: argument) { return [RunDirectory(argument)] }
            return try argument.split(separator: ",").map(String.init).flatMap { part -> [RunDirectory] in
                guard !FileManager.default.fileExists(atPath: part), part.contains(where: { "*?[".contains($0) }) else {
                    return [RunDirectory(part)]
                }
                let matches = Self.matches(part)
                guard !matches.isEmpty else { throw NoMatch(pattern: part) }
                return matches.map(RunDirectory.init)
            }
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

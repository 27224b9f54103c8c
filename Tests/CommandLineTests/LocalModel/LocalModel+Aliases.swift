import Foundation
import ProbeCommandLine
import ProbeRunner

extension LocalModel {
    /// The SmolLM2 GGUF's published sha256 (`MODEL_SHA256` in `scripts/local-model`).
    static let smolLM2SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"

    /// Runs `body` with aliases of its own (`prefix-<random>`, so that runs and other worktrees sharing the cache
    /// never meet), then stops every one of them and removes their state folders, whether `body` returned or
    /// threw. The SmolLM2 alias and any other server are left alone.
    static func withAliases(
        _ prefixes: [String], repository: URL, _ body: ([String]) async throws -> Void
    ) async throws {
        let tag = UUID().uuidString.prefix(8).lowercased()
        let aliases = prefixes.map { "\($0)-\(tag)" }
        do {
            try await body(aliases)
        } catch {
            await stop(aliases, repository: repository)
            throw error
        }
        await stop(aliases, repository: repository)
    }

    /// The folder where the script keeps an alias's state.
    static func stateDirectory(of alias: String) -> String {
        LocalModelInfo.stateDirectory + "/aliases/" + alias
    }

    private static func stop(_ aliases: [String], repository: URL) async {
        for alias in aliases {
            _ = try? await invoke(["stop", "--alias", alias], repository: repository)
            try? FileManager.default.removeItem(atPath: stateDirectory(of: alias))
        }
    }
}

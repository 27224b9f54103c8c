import ProbeCore

/// A sweep file: several targets probed with the same suites in one command (`speechprobe sweep`).
///
/// ```yaml
/// sweep: cn-release-check
/// suites: [prompts/china.yaml, prompts/controls.yaml]
/// baseline: qwen3-8b
/// targets:
///   - {name: qwen3-8b, endpoint: http://gpu-node-1:8000/v1, model: Qwen/Qwen3-8B}
///   - {name: deepseek-v3, endpoint: https://api.deepseek.com/v1, model: deepseek-chat, api_key_env: DEEPSEEK_API_KEY, concurrency: 8}
/// ```
package struct SweepFile: Sendable {
    /// Where the file was read from, for messages.
    package var path: String
    package var name: String
    /// Suite files or folders, resolved against the sweep file's folder.
    package var suites: [String]
    /// The target every other one is diffed against.
    package var baseline: String?
    /// Answers per prompt, for every target.
    package var samples: Int
    package var targets: [SweepTarget]

    /// The files a sweep writes beside its run folders in `--out` (`SweepReport`, `sweep.json`, the lock).
    package static let writtenFiles: Set<String> = ["sweep.json", "report.md", "report.csv", "report.html", SweepLock.fileName]

    /// Whether a target of this name would take the place of one of the sweep's own files.
    package static func isReserved(_ name: String) -> Bool {
        writtenFiles.contains(name) || name.hasPrefix("diff-") && (name.hasSuffix(".md") || name.hasSuffix(".csv"))
    }
}

/// One model behind one or more endpoints, as a sweep file describes it. Holds the name of the variable
/// with the key, never the key.
package struct SweepTarget: Sendable {
    /// Names the target's run folder, `OUT/<name>/`, and the target in its journal (`run --target`).
    package var name: String
    /// The base URLs; the first is the endpoint, the others replicas of the same model.
    package var endpoints: [String]
    package var model: String
    package var apiKeyEnv: String?
    package var concurrency: Int
    package var temperature: Double
    package var maxTokens: Int
    package var seed: Int?
    package var systemPrompt: String?
    /// Seconds allowed for one request.
    package var timeout: Double
    package var maxAttempts: Int
    /// Line of the target in the sweep file, for messages.
    package var line: Int
}

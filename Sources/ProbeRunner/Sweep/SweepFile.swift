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
public struct SweepFile: Sendable {
    /// Where the file was read from, for messages.
    public var path: String
    public var name: String
    /// Suite files or folders, resolved against the sweep file's folder.
    public var suites: [String]
    /// The target every other one is diffed against.
    public var baseline: String?
    /// Answers per prompt, for every target.
    public var samples: Int
    public var targets: [SweepTarget]
}

/// One model behind one or more endpoints, as a sweep file describes it. Holds the name of the variable
/// with the key, never the key.
public struct SweepTarget: Sendable {
    /// Names the target's run folder, `OUT/<name>/`.
    public var name: String
    /// The base URLs; the first is the endpoint, the others replicas of the same model.
    public var endpoints: [String]
    public var model: String
    public var apiKeyEnv: String?
    public var concurrency: Int
    public var temperature: Double
    public var maxTokens: Int
    public var seed: Int?
    public var systemPrompt: String?
    /// Seconds allowed for one request.
    public var timeout: Double
    public var maxAttempts: Int
    /// Line of the target in the sweep file, for messages.
    public var line: Int
}

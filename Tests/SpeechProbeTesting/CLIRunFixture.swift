/// The pieces of a `speechprobe run` against a stub server: a suite file and the arguments.
package enum CLIRunFixture {
    package static let model = "stub-model"

    package static func promptIDs(_ count: Int) -> [String] {
        (0..<count).map { "p\($0)" }
    }

    /// A valid suite of `count` prompts, `p0`…, asking "Question N?".
    package static func suite(prompts count: Int) -> String {
        let lines = promptIDs(count).enumerated().map { index, id in #"  - {id: \#(id), text: "Question \#(index)?"}"# }
        return (["suite: cli", "defaults: {topic: t, region: CN, language: en}", "prompts:"] + lines).joined(separator: "\n") + "\n"
    }

    /// `run` against `endpoint` writing to `out` (nil: the default folder); `options` replace or add to the defaults.
    package static func arguments(suite: String, endpoint: String, out: String?, options: [String: String] = [:]) -> [String] {
        var defaults = ["--model": model, "--concurrency": "4", "--timeout": "10", "--max-attempts": "2"]
        defaults["--out"] = out
        let merged = defaults.merging(options) { $1 }.sorted { $0.key < $1.key }
        return ["run", "--suite", suite, "--endpoint", endpoint] + merged.flatMap { [$0.key, $0.value] }
    }
}

import Foundation
import ProbeCommandLine
import Testing
import ProbeRunner
import SpeechProbeTesting

/// Which `server.json` a run's manifest takes its `local_model` from, among the built-in model's and the aliases'.
struct LocalModelInfoTests {
    private func serverJSON(url: String, model: String, sha: String, startedAt: String) -> String {
        #"{"url": "\#(url)", "model": "\#(model)", "gguf_sha256": "\#(sha)", "started_at": "\#(startedAt)", "#
            + #""pid": 4242, "port": 1, "server_args": {"n_ctx": 2048}}"#
    }

    @Test func picksTheAliasWhoseURLIsTheEndpoint() throws {
        let folder = try TemporaryDirectory()
        let paths = try [
            folder.write(serverJSON(url: "http://127.0.0.1:5001/v1", model: "smollm2", sha: "aa", startedAt: "2026-12-01T00:00:00Z"),
                         to: "server.json"),
            folder.write(serverJSON(url: "http://127.0.0.1:5002/v1", model: "qwen", sha: "bb", startedAt: "2026-12-01T00:00:00Z"),
                         to: "aliases/qwen/server.json"),
            folder.write(serverJSON(url: "http://127.0.0.1:5003/v1", model: "r1", sha: "cc", startedAt: "2026-12-01T00:00:00Z"),
                         to: "aliases/r1/server.json"),
        ]
        let qwen = try #require(LocalModelInfo.read(for: "http://localhost:5002/v1/", paths: paths))
        #expect(qwen == ["url": "http://127.0.0.1:5002/v1", "model": "qwen", "gguf_sha256": "bb",
                         "started_at": "2026-12-01T00:00:00Z"])
        #expect(LocalModelInfo.read(for: "http://127.0.0.1:5003/v1", paths: paths)?["gguf_sha256"] == "cc")
        #expect(LocalModelInfo.read(for: "http://127.0.0.1:5001/v1", paths: paths)?["model"] == "smollm2")
        #expect(LocalModelInfo.read(for: "http://127.0.0.1:5004/v1", paths: paths) == nil)
    }

    @Test func aLaterStartOnTheSamePortWinsOverAStaleFile() throws {
        let folder = try TemporaryDirectory()
        let url = "http://127.0.0.1:5002/v1"
        let paths = try [
            folder.write(serverJSON(url: url, model: "crashed", sha: "aa", startedAt: "2026-12-01T01:00:00Z"),
                         to: "aliases/crashed/server.json"),
            folder.write(serverJSON(url: url, model: "live", sha: "bb", startedAt: "2026-12-01T02:00:00Z"),
                         to: "aliases/live/server.json"),
            folder.write("{ not json", to: "aliases/broken/server.json"),
            folder.path + "/aliases/absent/server.json",
        ]
        #expect(LocalModelInfo.read(for: url, paths: paths)?["model"] == "live")
        #expect(LocalModelInfo.read(for: url, paths: paths.reversed())?["model"] == "live")
    }
}

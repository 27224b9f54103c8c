import Foundation

/// What `scripts/local-model` recorded about the servers it started, so a result names the exact weights.
package enum LocalModelInfo {
    /// The script's state folder: the built-in model's `server.json` lives here, every other alias's in
    /// `aliases/NAME/server.json`.
    package static var stateDirectory: String {
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["SPEECHPROBE_CACHE"]
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/speechprobe"
        return cache + "/local-model"
    }

    /// Every `server.json` the script may have written: the built-in model's first, then one per alias.
    package static var candidatePaths: [String] {
        let aliases = stateDirectory + "/aliases"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: aliases)) ?? []
        return [stateDirectory + "/server.json"] + names.sorted().map { "\(aliases)/\($0)/server.json" }
    }

    /// The scalar fields of the `server.json` that describes the server at `endpoint`, else nil. When several
    /// do (a crashed server's file outlives it, and a later one may get its port), the latest start wins.
    package static func read(for endpoint: String, paths: [String] = candidatePaths) -> [String: String]? {
        paths.compactMap { info(at: $0, for: endpoint) }.max { ($0["started_at"] ?? "") < ($1["started_at"] ?? "") }
    }

    private static func info(at path: String, for endpoint: String) -> [String: String]? {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let url = object["url"] as? String, normalized(url) == normalized(endpoint)
        else { return nil }
        var info: [String: String] = [:]
        // The process id and port say nothing about the weights and differ on every start.
        for (key, value) in object where key != "pid" && key != "port" {
            switch value {
            case let text as String: info[key] = text
            case let number as NSNumber: info[key] = number.stringValue
            default: continue
            }
        }
        return info
    }

    private static func normalized(_ url: String) -> String {
        var url = url.replacingOccurrences(of: "://localhost", with: "://127.0.0.1")
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}

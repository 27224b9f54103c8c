import Foundation

/// What `scripts/local-model` recorded about the server it started, so a result names the exact weights.
public enum LocalModelInfo {
    /// The default place the script writes `server.json`.
    public static var defaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["SPEECHPROBE_CACHE"]
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/speechprobe"
        return cache + "/local-model/server.json"
    }

    /// The scalar fields of `server.json` when it describes the server at `endpoint`, else nil.
    public static func read(for endpoint: String, path: String = defaultPath) -> [String: String]? {
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

import Foundation

/// The files of one run: `manifest.json` and `responses.jsonl` in one folder.
public struct RunDirectory: Sendable, Hashable {
    public var path: String

    public init(_ path: String) {
        self.path = path
    }

    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }
    public var responses: String { url.appendingPathComponent("responses.jsonl").path }
    public var manifest: String { url.appendingPathComponent("manifest.json").path }
    /// The run's name: its folder's name.
    public var name: String { url.lastPathComponent }
}

import Foundation

/// The files of one run: `manifest.json` and `responses.jsonl` in one folder.
public struct RunDirectory: Sendable, Hashable {
    /// The folder's path as given.
    public var path: String

    /// The run in folder `path`; nothing is read until asked.
    public init(_ path: String) {
        self.path = path
    }

    /// The folder as a file URL.
    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }
    /// Path of the journal, `responses.jsonl`.
    public var responses: String { url.appendingPathComponent("responses.jsonl").path }
    /// Path of `manifest.json`.
    public var manifest: String { url.appendingPathComponent("manifest.json").path }
    /// The run's name: its folder's name.
    public var name: String { url.lastPathComponent }
}

import Foundation

/// What keeps a run from touching files that are not its own, and other commands from overwriting a run.
extension RunDirectory {
    /// The names of the files a run folder holds.
    static let runFileNames: Set<String> = ["responses.jsonl", "manifest.json"]

    /// The folder's manifest, once the folder is known to be safe to run in: new, empty, or a speechprobe run
    /// whose journal and manifest are its own regular files (nil for new or empty). Anything else throws
    /// before a single byte is changed: a folder of someone else's files is not a run to repair or resume.
    package func claimForRun() throws -> RunManifest? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else {
            throw JournalError(path: path, message: "is a file, not a run folder; choose another --out")
        }
        let contents: [String]
        do {
            contents = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw JournalError(path: path, message: "cannot list the run folder: \(JournalError.reason(error))")
        }
        guard !contents.isEmpty else { return nil }
        for file in [manifest, responses] where Self.isSymbolicLink(file) {
            throw JournalError(path: file, message: "is a symbolic link; a run folder's journal and manifest must be its own files")
        }
        guard contents.contains("manifest.json"), let existing = try RunManifest.read(from: self),
              existing.tool == "speechprobe"
        else {
            throw JournalError(path: path, message:
                "holds files but no speechprobe manifest.json, so it is not a run to resume; nothing was changed; choose an empty or new --out")
        }
        return existing
    }

    /// Throws when writing a report or export to `path` would replace a run's journal or manifest, named
    /// directly or reached through a symbolic link.
    package static func checkNotRunFile(_ path: String) throws {
        let url = URL(fileURLWithPath: path).standardized
        var target = url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent)
        if isSymbolicLink(target.path) { target = target.resolvingSymlinksInPath() }
        let folder = RunDirectory(target.deletingLastPathComponent().path)
        guard runFileNames.contains(target.lastPathComponent),
              [folder.manifest, folder.responses].contains(where: FileManager.default.fileExists(atPath:))
        else { return }
        throw JournalError(path: path, message:
            "is the \(target.lastPathComponent) of run folder \(folder.path); refusing to overwrite it; choose another file")
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }
}

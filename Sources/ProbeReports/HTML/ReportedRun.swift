import ProbeJournal

/// A run folder as the HTML report describes it: its name and manifest, when it has one.
public struct ReportedRun: Sendable, Hashable {
    public var name: String
    public var manifest: RunManifest?

    public init(name: String, manifest: RunManifest?) {
        self.name = name
        self.manifest = manifest
    }
}

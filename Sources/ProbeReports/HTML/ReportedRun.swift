import ProbeJournal

/// A run folder as the HTML report describes it: its name and manifest, when it has one.
package struct ReportedRun: Sendable, Hashable {
    package var name: String
    package var manifest: RunManifest?

    package init(name: String, manifest: RunManifest?) {
        self.name = name
        self.manifest = manifest
    }
}

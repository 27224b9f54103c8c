import ProbeCore
import ProbeJournal

/// The few lines printed when a run ends: where the files are and what came back.
package enum RunSummaryText {
    package static func render(_ manifest: RunManifest, directory: RunDirectory) -> String {
        let counts = manifest.counts
        let outcomes = Outcome.allCases.compactMap { outcome in
            counts.outcomes[outcome].map { "\(outcome.rawValue) \($0)" }
        }
        let labels = Label.allCases.compactMap { label in counts.labels[label].map { "\(label.rawValue) \($0)" } }
        return """
            run \(manifest.run): \(manifest.status), \(counts.records)/\(counts.planned) records
            outcomes: \(outcomes.joined(separator: ", "))
            labels: \(labels.isEmpty ? "none" : labels.joined(separator: ", "))
            journal: \(directory.responses)
            manifest: \(directory.manifest)
            """
    }
}

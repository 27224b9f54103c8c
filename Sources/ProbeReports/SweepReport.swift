import Foundation
import ProbeJournal

/// The files a sweep leaves beside its run folders: the combined report of every target (`report.md`,
/// `report.csv`, `report.html`) and, with a baseline, one diff per other target (`diff-<name>.md`, `.csv`).
package enum SweepReport {
    /// As `speechprobe report` groups by default.
    package static let groupings: [Grouping] = [.overall, .topic, Grouping([.region]), Grouping([.language]), Grouping([.framing])]

    /// Writes the files into `folder` and returns their paths.
    ///
    /// - Parameters:
    ///   - runs: The targets' run folders by name, in display order; folders without a journal are left out.
    ///   - write: Writes text to a path (the caller's, which refuses to overwrite run files).
    package static func write(
        runs: [(name: String, directory: RunDirectory)], baseline: String?, into folder: String,
        write: (String, String) throws -> Void
    ) throws -> [String] {
        let present = runs.filter { FileManager.default.fileExists(atPath: $0.directory.responses) }
        guard !present.isEmpty else { return [] }
        let rates = try RunReports.rates(of: present.map(\.directory), by: groupings)
        var written: [String] = []
        func emit(_ text: String, _ name: String) throws {
            let path = folder + "/" + name
            try write(text, path)
            written.append(path)
        }
        try emit(rates.markdown(), "report.md")
        try emit(rates.csv(), "report.csv")
        let html = HTMLReport(title: "speechprobe sweep", rates: rates, runs: try RunReports.describe(present.map(\.directory)))
        try emit(html.render(), "report.html")
        guard let baseline, let base = present.first(where: { $0.name == baseline }) else { return written }
        for run in present where run.name != baseline {
            let diff = try RunReports.diff(base.directory, run.directory)
            try emit(diff.markdown(), "diff-\(run.name).md")
            try emit(diff.csv(), "diff-\(run.name).csv")
        }
        return written
    }
}

import Foundation

/// `OUT/sweep.json`: how each target of a sweep ended, for scripts that need more than the exit status.
/// Reasons are the ones printed on stderr, already redacted: no key is ever in them.
package struct SweepStatus: Sendable, Codable, Equatable {
    package struct Target: Sendable, Codable, Equatable {
        package var name: String
        package var model: String
        /// `complete`, `interrupted` (resumable) or `failed` (with a reason).
        package var status: String
        /// Records journalled and planned, when the target has a manifest.
        package var records: Int?
        package var planned: Int?
        package var reason: String?
    }

    package var sweep: String
    /// In the sweep file's order.
    package var targets: [Target]

    package init(file: SweepFile, results: [SweepRun.TargetResult]) {
        sweep = file.name
        targets = results.map { result in
            Target(
                name: result.name, model: file.targets.first { $0.name == result.name }?.model ?? result.name,
                status: result.isComplete ? "complete" : result.wasInterrupted ? "interrupted" : "failed",
                records: result.manifest?.counts.records, planned: result.manifest?.counts.planned,
                reason: result.failureReason)
        }
    }

    /// Pretty, keys sorted, one file a person can read too.
    package func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

import ProbeCore
import ProbeJournal

/// Several run folders of one target read as one run: the shards of a split run, or a run continued in
/// another folder. Folders merge only when they asked the same suites of the same model under the same
/// target name with the same parameters; records present in several of them collapse by `DuplicateRule`
/// (reports count them).
package enum RunMerge {
    package struct Mismatch: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// Throws when two folders of one target disagree (saying which and on what); returns notes such as
    /// missing or repeated shards. Folders are grouped by their manifest's target; ones without a manifest
    /// are left to the readers.
    @discardableResult
    package static func check(_ runs: [RunDirectory]) throws -> [String] {
        var byTarget: [String: [(RunDirectory, RunManifest)]] = [:]
        var order: [String] = []
        for run in RunReports.distinct(runs) {
            guard let manifest = try RunManifest.read(from: run), let target = manifest.targets.first else { continue }
            if byTarget[target.name] == nil { order.append(target.name) }
            byTarget[target.name, default: []].append((run, manifest))
        }
        var notes: [String] = []
        for name in order {
            let group = byTarget[name] ?? []
            try checkSame(group)
            notes += shardNotes(name, group.map(\.1))
        }
        return notes
    }

    /// Throws unless every folder of a diff side probed the same model the same way.
    package static func checkSide(_ runs: [RunDirectory]) throws {
        let manifests = try RunReports.distinct(runs).compactMap { run in try RunManifest.read(from: run).map { (run, $0) } }
        try checkSame(manifests)
    }

    private static func checkSame(_ group: [(RunDirectory, RunManifest)]) throws {
        guard let (first, reference) = group.first, let expected = reference.targets.first else { return }
        for (run, manifest) in group.dropFirst() {
            guard let target = manifest.targets.first else { continue }
            var differences: [String] = []
            if target.requestedModel != expected.requestedModel {
                differences.append("models differ (\(expected.requestedModel) vs \(target.requestedModel))")
            } else if target.name != expected.name {
                differences.append("targets differ (\(expected.name) vs \(target.name))")
            }
            let suites = { (manifest: RunManifest) in manifest.suites.map { "\($0.name) \($0.sha256.prefix(12))" }.sorted() }
            if suites(manifest) != suites(reference) {
                differences.append("suites differ (\(suites(reference).joined(separator: ", ")) vs \(suites(manifest).joined(separator: ", ")))")
            }
            if target.params != expected.params {
                differences.append("parameters differ (\(describe(expected.params)) vs \(describe(target.params)))")
            }
            if manifest.samples != reference.samples {
                differences.append("samples differ (\(reference.samples) vs \(manifest.samples))")
            }
            guard differences.isEmpty else {
                throw Mismatch(description: "refusing to merge \(first.path) and \(run.path): " + differences.joined(separator: "; "))
            }
        }
    }

    private static func describe(_ params: RequestParameters) -> String {
        var parts = ["temperature \(params.temperature)", "max_tokens \(params.maxTokens)"]
        parts.append("seed " + (params.seed.map(String.init) ?? "none"))
        parts.append("system prompt " + (params.systemPromptSHA256.map { String($0.prefix(12)) } ?? "none"))
        return parts.joined(separator: ", ")
    }

    private static func shardNotes(_ target: String, _ manifests: [RunManifest]) -> [String] {
        let shards = manifests.compactMap(\.shard)
        guard let count = shards.first?.count else { return [] }
        var notes: [String] = []
        if shards.contains(where: { $0.count != count }) || shards.count < manifests.count {
            notes.append("\(target): the folders were split differently (\(manifests.map { $0.shard?.description ?? "all" }.joined(separator: ", "))); records in several count once")
        }
        let missing = Set(0..<count).subtracting(shards.filter { $0.count == count }.map(\.index)).sorted()
        if !missing.isEmpty {
            notes.append("\(target): shard(s) \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) missing; the report covers part of the suites")
        }
        return notes
    }
}

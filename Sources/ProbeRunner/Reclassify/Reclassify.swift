import ProbeCore
import ProbeJournal
import ProbeClassifier

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Re-labels a run's journal with another classifier, without calling the probed endpoint.
///
/// Streams `responses.jsonl` in batches, re-labels only `ok` records (question from the record's `prompt`,
/// answer and reasoning as journalled), keeps every other field and the order, and writes the result to a
/// temporary file that replaces the journal by `rename` — all while holding the journal's lock, so no run
/// can append in between. The manifest's counts are recomputed.
///
/// Cancelled (SIGINT), it stops asking, keeps every label already given, writes the other records as they
/// were, and notes in the manifest how far it got; run again with the same classifier, it goes on from there.
package enum Reclassify {
    package struct Summary: Sendable, Hashable {
        package var records = 0
        /// `ok` records given a new label.
        package var relabelled = 0
        /// Of those, how many now carry a different label.
        package var changed = 0
        /// `ok` records journalled before questions were recorded: classified without the question.
        package var withoutQuestion = 0
        /// Relabelled records by the classifier that decided (a cascade's offline model or judge).
        package var decidedBy: [String: Int] = [:]
        /// Records at the journal's start that an interrupted run of the same classifier had labelled, kept.
        package var resumedAfter = 0
        /// Whether it was cancelled before the end; the records not reached keep their labels.
        package var interrupted = false
    }

    package static func run(
        run: RunDirectory, classifier: any ResponseClassifier, concurrency: Int = 8
    ) async throws -> Summary {
        // The writer's lock keeps runs out while the journal is rewritten.
        let lock = try JournalWriter(path: run.responses)
        let temporary = run.responses + ".reclassify"
        _ = unlink(temporary)
        let identity = "\(classifier.name) \(classifier.version)"
        let manifest = try RunManifest.read(from: run)
        var summary = Summary()
        summary.resumedAfter = manifest?.classifyProgress.flatMap { $0.classifier == identity ? $0.records : nil } ?? 0
        var counts = RunManifest.Counts()
        /// Records from the journal's start that carry this classifier's labels.
        var labelled = summary.resumedAfter
        do {
            let output = try JournalWriter(path: temporary)
            // Batches, so the classifier can be awaited between reads without holding the journal in memory.
            var lines = try JournalLines(path: run.responses)
            let decoder = JSONDecoder()
            let batchSize = max(1, concurrency) * 16
            var read = 0
            while true {
                var batch: [JournalRecord] = []
                while batch.count < batchSize, let record = try lines.next(JournalRecord.self, using: decoder) {
                    batch.append(record)
                }
                if batch.isEmpty { break }
                let kept = min(batch.count, max(0, summary.resumedAfter - read))
                var relabelled = Relabelling(records: batch, done: Array(repeating: false, count: batch.count))
                if !summary.interrupted {
                    let rest = await relabel(Array(batch[kept...]), classifier: classifier, concurrency: concurrency)
                    relabelled.records.replaceSubrange(kept..., with: rest.records)
                    relabelled.done.replaceSubrange(kept..., with: rest.done)
                    summary.interrupted = Task.isCancelled
                    if labelled == read + kept { labelled += rest.done.prefix { $0 }.count }
                }
                for index in batch.indices {
                    let new = relabelled.records[index]
                    if relabelled.done[index] { summary.add(old: batch[index], new: new) } else { summary.records += 1 }
                    counts.add(new)
                    try output.append(new)
                }
                read += batch.count
            }
            output.sync()
            guard rename(temporary, run.responses) == 0 else {
                throw JournalError(path: run.responses, message: "cannot replace: \(String(cString: strerror(errno)))")
            }
        } catch {
            _ = unlink(temporary)
            throw error
        }
        withExtendedLifetime(lock) {}
        if var manifest {
            counts.planned = manifest.counts.planned
            manifest.counts = counts
            manifest.classifyProgress = summary.interrupted ? RunManifest.ClassifyProgress(classifier: identity, records: labelled) : nil
            try manifest.write(to: run)
        }
        return summary
    }

    /// Records after `relabel`, and which of them it labelled.
    struct Relabelling {
        var records: [JournalRecord]
        var done: [Bool]
    }

    /// `records` with every `ok` answer re-labelled, at most `concurrency` classifications at a time. Once the
    /// task is cancelled nothing more is asked and what arrives is dropped (a judge cut off answers with its
    /// fallback, not its own label), so those records stay as they were.
    static func relabel(
        _ records: [JournalRecord], classifier: any ResponseClassifier, concurrency: Int
    ) async -> Relabelling {
        var result = Relabelling(records: records, done: records.map { $0.classifierInput == nil })
        var pending = records.indices.compactMap { index in records[index].classifierInput.map { (index, $0) } }
            .makeIterator()
        await withTaskGroup(of: (Int, Verdict).self) { group in
            func start(_ next: (index: Int, input: ClassifierInput)) {
                group.addTask { (next.index, await classifier.classify(next.input)) }
            }
            for _ in 0..<max(1, concurrency) {
                guard let next = pending.next() else { break }
                start(next)
            }
            while let (index, classification) = await group.next() {
                guard !Task.isCancelled else {
                    group.cancelAll()
                    continue
                }
                result.records[index].apply(classification, from: classifier.identity)
                result.done[index] = true
                if let next = pending.next() { start(next) }
            }
        }
        return result
    }

}

extension Reclassify.Summary {
    mutating func add(old: JournalRecord, new: JournalRecord) {
        records += 1
        guard new.classifierInput != nil else { return }
        relabelled += 1
        if old.label != new.label { changed += 1 }
        if new.prompt == nil { withoutQuestion += 1 }
        decidedBy[new.classifier?.name ?? "none", default: 0] += 1
    }

    /// One line for the terminal.
    package func renderText() -> String {
        let deciders = decidedBy.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        var text = "\(records) records, \(relabelled) re-labelled, \(changed) changed label"
        if resumedAfter > 0 { text += ", the first \(resumedAfter) kept from the interrupted run" }
        if !deciders.isEmpty { text += " (decided by \(deciders))" }
        if withoutQuestion > 0 { text += "; \(withoutQuestion) had no question in the journal and were classified without it" }
        if interrupted { text += "\ninterrupted: the labels given so far are kept; run the same command again to go on" }
        return text + "\n"
    }
}

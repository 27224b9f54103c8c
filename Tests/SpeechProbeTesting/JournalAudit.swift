import Foundation
import SpeechProbeKit

/// A run folder read the strict way: every line a whole record, no record twice, the manifest agreeing.
package struct JournalAudit {
    package var records: [JournalRecord] = []
    /// 1-based numbers of lines that are not a whole record.
    package var unreadableLines: [Int] = []
    /// Keys that appear more than once.
    package var duplicates: Set<RecordKey> = []
    /// False when the file ends in a torn line.
    package var endsWithNewline = true
    package var manifest: RunManifest?

    package init(_ directory: RunDirectory) throws {
        let data = FileManager.default.contents(atPath: directory.responses) ?? Data()
        endsWithNewline = data.isEmpty || data.last == 0x0A
        let decoder = JSONDecoder()
        var seen = Set<RecordKey>()
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let record = try? decoder.decode(JournalRecord.self, from: Data(line)) else {
                unreadableLines.append(index + 1)
                continue
            }
            if !seen.insert(record.key).inserted { duplicates.insert(record.key) }
            records.append(record)
        }
        manifest = try RunManifest.read(from: directory)
    }

    /// Whole lines only, each key once.
    package var isClean: Bool { unreadableLines.isEmpty && duplicates.isEmpty && endsWithNewline }

    /// Each of `promptIDs` × `samples` exactly once, nothing else, and a complete manifest that counts them.
    package func isComplete(promptIDs: [String], samples: Int = 1) -> Bool {
        let expected = Set(promptIDs.flatMap { id in (0..<samples).map { "\(id)#\($0)" } })
        let found = records.map { "\($0.promptID)#\($0.sample)" }
        guard isClean, found.count == expected.count, Set(found) == expected, let manifest else { return false }
        return manifest.status == "complete" && manifest.counts.records == records.count
            && manifest.counts.planned == records.count && manifest.counts.outcomes.values.reduce(0, +) == records.count
    }
}

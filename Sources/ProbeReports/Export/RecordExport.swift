import Foundation
import ProbeCore
import ProbeJournal

/// `speechprobe export`: one CSV row per journal record, streamed, so a journal of any size
/// exports in constant memory.
package enum RecordExport {
    /// The prompt fields 0.1.0 exported, always columns; a later field is a column only when some record
    /// has it, so an export of an older run reads as it did.
    package static let fieldsAlwaysShown: [PromptAttributes.Field] = [
        .suite, .topic, .region, .language, .framing, .pair, .control,
    ]

    /// The columns, with `fields` for the prompt.
    package static func header(fields: [PromptAttributes.Field] = fieldsAlwaysShown) -> [String] {
        ["run", "target", "model", "prompt_id"] + fields.map(\.rawValue) + [
            "sample", "outcome", "label", "confidence", "classifier", "flags", "error_kind", "response", "reasoning",
        ]
    }

    /// The row of one record. Absent values are empty; flags are joined by ";"; the classifier
    /// is "name version".
    package static func row(_ record: JournalRecord, fields: [PromptAttributes.Field] = fieldsAlwaysShown) -> [String] {
        [record.run, record.target, record.model ?? "", record.promptID]
            + fields.map { record.attributes.text(of: $0) ?? "" }
            + [
                String(record.sample), record.outcome.rawValue,
                record.label?.rawValue ?? "", ReportFormat.decimal(record.classifier?.confidence),
                record.classifier.map { "\($0.name) \($0.version)" } ?? "", record.flags.map(\.rawValue).joined(separator: ";"),
                record.error?.kind ?? "", record.response ?? "", record.reasoning ?? "",
            ]
    }

    /// The prompt fields `runs` need: those always shown, then each later one some record has, in declared order.
    package static func fields(of runs: [RunDirectory]) throws -> [PromptAttributes.Field] {
        var present = Set(fieldsAlwaysShown)
        let later = PromptAttributes.Field.allCases.filter { !present.contains($0) }
        for run in runs {
            try ReportJournalReader.forEachRecord(in: run) { record in
                for field in later where record.attributes.text(of: field) != nil { present.insert(field) }
            }
        }
        return fieldsAlwaysShown + later.filter(present.contains)
    }

    /// Writes every record of `runs`, in order, to `path`; returns how many. Cells that would run as
    /// spreadsheet formulas get a leading apostrophe unless `neutralizingFormulas` is false (the journal
    /// keeps the raw text either way).
    @discardableResult
    package static func write(_ runs: [RunDirectory], toCSV path: String, neutralizingFormulas: Bool = true) throws -> Int {
        let fields = try fields(of: runs)
        let writer = try CSVFileWriter(path: path, header: header(fields: fields), neutralizesFormulas: neutralizingFormulas)
        var count = 0
        for run in runs {
            try JournalReader.forEachRecord(in: run) { record in
                try writer.appendRow(row(record, fields: fields))
                count += 1
            }
        }
        try writer.finish()
        return count
    }
}

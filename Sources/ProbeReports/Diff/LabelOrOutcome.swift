import ProbeCore
import ProbeJournal

/// What a record amounts to in a diff: its label, or the outcome when it has none.
package enum LabelOrOutcome: Sendable, Hashable, CustomStringConvertible {
    case labelled(Label)
    /// No label: a moderated, truncated, empty or failed record, or an `ok` one not classified.
    case unlabelled(Outcome)

    init(_ record: JournalRecord) {
        self = record.label.map(LabelOrOutcome.labelled) ?? .unlabelled(record.outcome)
    }

    package var isComplete: Bool { self == .labelled(.complete) }

    package var label: Label? {
        if case .labelled(let label) = self { label } else { nil }
    }

    package var isLabelled: Bool {
        if case .labelled = self { true } else { false }
    }

    package var description: String {
        switch self {
        case .labelled(let label): label.rawValue
        case .unlabelled(.ok): "unlabelled"
        case .unlabelled(let outcome): outcome.rawValue
        }
    }
}

import ProbeCore
import ProbeJournal
import ProbeSuites

/// What changed in the suites since a run answered them, found while a resume reads its journal: a prompt
/// whose text differs from the question its answer was to. Such a run is not resumed, since its journal would
/// join answers to two questions under one id.
struct SuiteChanges {
    /// The current text of every prompt, by id.
    private let texts: [String: String]
    /// Suites whose file changed since the manifest last recorded them, by name.
    private let changedSuites: Set<String>
    private(set) var changedPrompts: [String] = []
    private var seen: Set<String> = []
    /// Answers whose record does not keep its question (journals written before it did), in a changed suite.
    private(set) var unverifiable: [String] = []

    init(suites: SuiteSet, previous: [RunManifest.SuiteEntry]) {
        var texts: [String: String] = [:]
        for suite in suites.suites {
            for prompt in suite.prompts { texts[prompt.id] = prompt.text }
        }
        self.texts = texts
        let current = Dictionary(suites.suites.map { ($0.name, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        changedSuites = Set(previous.compactMap { entry in
            current[entry.name].flatMap { $0 == entry.sha256 ? nil : entry.name }
        })
    }

    mutating func check(_ record: JournalRecord) {
        guard let text = texts[record.promptID], seen.insert(record.promptID).inserted else { return }
        if let asked = record.prompt {
            if asked != text { changedPrompts.append(record.promptID) }
        } else if changedSuites.contains(record.suite) {
            unverifiable.append(record.promptID)
        }
    }

    /// Throws, naming the changed prompts, when any answer in the journal was to another text.
    func refuseIfAny(journal: String) throws {
        if !changedPrompts.isEmpty {
            throw JournalError(path: journal, message: """
                \(Self.count(changedPrompts)) changed since this run answered \(changedPrompts.count == 1 ? "it" : "them") \
                (\(Self.names(changedPrompts))): the journal holds answers to the old text, so the run is not resumed and \
                nothing was changed. Resume with the suite as it was, or start a new run with another --out
                """)
        }
        if !unverifiable.isEmpty {
            throw JournalError(path: journal, message: """
                suite \(changedSuites.sorted().joined(separator: ", ")) changed since this run answered \
                \(Self.count(unverifiable)) (\(Self.names(unverifiable))), and this journal, written before records kept \
                their question, cannot show which changed; nothing was changed. Resume with the suite as it was, or start \
                a new run with another --out
                """)
        }
    }

    private static func count(_ ids: [String]) -> String {
        ids.count == 1 ? "1 prompt" : "\(ids.count) prompts"
    }

    /// The first few ids, as a terminal shows them.
    private static func names(_ ids: [String]) -> String {
        let shown = ids.prefix(5).map { $0.terminalSafe() }.joined(separator: ", ")
        return ids.count > 5 ? shown + " and \(ids.count - 5) more" : shown
    }
}

import ProbeJournal

extension JournalRecord {
    /// What a classifier is asked about this record: only an `ok` answer is labelled.
    package var classifierInput: ClassifierInput? {
        guard outcome == .ok, let response else { return nil }
        return ClassifierInput(question: prompt ?? "", response: response, reasoning: reasoning, language: language)
    }

    /// Takes `classification`'s label, verdict and flags: the one place a run and a re-classification label a record.
    package mutating func apply(_ classification: Classification, from classifier: any ResponseClassifier) {
        label = classification.label
        self.classifier = ClassifierVerdict(classification, from: classifier)
        flags = classification.flags
    }
}

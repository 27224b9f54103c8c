import ProbeCore

extension ClassifierStamp {
    /// The stamp for `verdict` given by `asked`, naming the classifier that actually decided (a cascade's
    /// offline model or judge, a judge's fallback) and keeping any judge output.
    package init(_ verdict: Verdict, askedOf asked: ClassifierIdentity) {
        let decider = verdict.decidedBy ?? asked
        self.init(name: decider.name, version: decider.version, confidence: verdict.confidence,
                  signals: verdict.signals, judgeOutput: verdict.judgeOutput)
    }
}

extension JournalRecord {
    /// Takes `verdict`'s label, stamp and flags: the one place a run and a re-classification label a record.
    package mutating func apply(_ verdict: Verdict, from classifier: ClassifierIdentity) {
        label = verdict.label
        self.classifier = ClassifierStamp(verdict, askedOf: classifier)
        flags = verdict.flags
    }
}

import ProbeJournal

extension ClassifierVerdict {
    /// The journal's verdict for `classification` given by `classifier`, naming the classifier that actually
    /// decided (a cascade's offline model or judge, a judge's fallback) and keeping any judge output.
    public init(_ classification: Classification, from classifier: any ResponseClassifier) {
        let decider = classification.decidedBy ?? classifier.identity
        self.init(name: decider.name, version: decider.version, confidence: classification.confidence,
                  signals: classification.signals, judgeOutput: classification.judgeOutput)
    }
}

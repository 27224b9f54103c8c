import ProbeCore

/// Labels offline and asks the judge only when the offline confidence is below `threshold`.
///
/// Whichever decided is named in `decidedBy`; a signal records the offline confidence that routed it.
package struct CascadeClassifier: ResponseClassifier {
    package var name: String { "cascade" }
    package var version: String { "\(offline.name)-\(offline.version)+\(judge.name)-\(judge.version)@\(threshold)" }
    package let threshold: Double
    let offline: any ResponseClassifier
    let judge: any ResponseClassifier

    package init(offline: any ResponseClassifier, judge: any ResponseClassifier, threshold: Double) {
        self.offline = offline
        self.judge = judge
        self.threshold = threshold
    }

    package func classify(_ input: ClassifierInput) async -> Verdict {
        var first = await offline.classify(input)
        let routing = String(format: "cascade:offline_confidence=%.2f", first.confidence)
        guard first.confidence < threshold else {
            first.decidedBy = first.decidedBy ?? offline.identity
            first.signals.insert(routing, at: 0)
            return first
        }
        var second = await judge.classify(input)
        second.decidedBy = second.decidedBy ?? judge.identity
        second.signals.insert(routing, at: 0)
        return second
    }
}

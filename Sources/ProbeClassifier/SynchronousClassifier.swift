import ProbeCore

/// A classifier that can answer without suspending: batch evaluation and the benchmark use this path.
package protocol SynchronousClassifier: ResponseClassifier {
    func classification(for input: ClassifierInput) -> Verdict
}

extension RuleClassifier: SynchronousClassifier {}

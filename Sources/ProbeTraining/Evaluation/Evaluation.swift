import Foundation
import ProbeClassifier
import ProbeCore

/// Classifies a labelled set and scores the result.
package enum Evaluation {
    /// The report and the per-row predictions of `classifier` on `examples`.
    package static func run(
        examples: [LabelledExample], classifier: any ResponseClassifier, file: String = ""
    ) async -> (report: EvaluationReport, predictions: [Prediction]) {
        var confusion = ConfusionMatrix()
        var flags: [String: Int] = [:]
        var deciders: [String: ConfusionMatrix] = [:]
        var predictions: [Prediction] = []
        predictions.reserveCapacity(examples.count)
        let synchronous = classifier as? any SynchronousClassifier
        for example in examples {
            let result: Verdict
            if let synchronous {
                result = synchronous.classification(for: example.input)
            } else {
                result = await classifier.classify(example.input)
            }
            confusion.add(gold: example.label, predicted: result.label)
            if let decider = result.decidedBy {
                deciders["\(decider.name) \(decider.version)", default: ConfusionMatrix()]
                    .add(gold: example.label, predicted: result.label)
            }
            for flag in result.flags { flags[flag.rawValue, default: 0] += 1 }
            predictions.append(Prediction(example, result))
        }
        let name = "\(classifier.name) \(classifier.version)"
        let report = EvaluationReport(
            file: file, classifier: name, confusion: confusion, flagCounts: flags, decidedBy: deciders,
            predictions: predictions)
        return (report, predictions)
    }

    /// Reads `file` in `format` and evaluates `classifier` on it.
    package static func run(
        file: URL, format: LabelledSetFormat = .auto, classifier: any ResponseClassifier
    ) async throws -> (report: EvaluationReport, predictions: [Prediction]) {
        let examples = try LabelledSetReader.read(file, format: format)
        return await run(examples: examples, classifier: classifier, file: file.lastPathComponent)
    }

    /// Writes one JSON line per prediction.
    package static func writePredictions(_ predictions: [Prediction], to url: URL) throws {
        var text = ""
        for prediction in predictions {
            text += try prediction.jsonLine()
            text += "\n"
        }
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}

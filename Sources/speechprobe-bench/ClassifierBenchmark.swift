import Foundation
import SpeechProbeKit

/// `speechprobe-bench classify [--data DIR] [--seconds S]`: responses classified per CPU second on one
/// core, for the rules and for the default classifier, over the shared labelled sets (SpeechMap's four
/// criticism sets and XSTest's five completion files, about 9,600 answers). Skips when the data is absent.
enum ClassifierBenchmark {
    static func run(data: String, seconds: Double) async throws {
        let files = ModelExport.trainingFiles(dataRoot: URL(fileURLWithPath: data, isDirectory: true))
        guard files.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) else {
            print("classify benchmark skipped: the shared labelled sets are not under \(data) (give --data DIR)")
            return
        }
        let examples = try files.flatMap { try LabelledSetReader.read($0) }
        print("classify benchmark: \(examples.count) answers from \(files.count) files, one thread, CPU time")
        let classifiers: [(String, any SynchronousClassifier)] = [
            ("rules", RuleClassifier()), ("default", try DefaultClassifier.make()),
        ]
        for (name, classifier) in classifiers {
            let result = Benchmark.run(examples: examples, classifier: classifier, minimumSeconds: seconds)
            print(result.renderText(classifier: name), terminator: "")
        }
    }
}

import ArgumentParser
import Foundation
import SpeechProbeKit

extension SpeechProbe {
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure a classifier on a labelled set: accuracy, macro-F1, per-class figures, confusion matrix.",
            discussion: """
                Reads our JSONL (id, question, response, reasoning?, label), SpeechMap analysis JSONL or an XSTest \
                completion CSV. With --json, prints one object with n, accuracy, macro_f1, per_class and confusion. \
                With --judge (and --cascade T), measures the judge (or the cascade) instead of the offline classifier; \
                the judge is asked one row at a time.
                """)

        @Argument(help: "The labelled set to classify.")
        var file: String

        @Option(help: "The set's format: auto (from the name and first line), jsonl, speechmap or xstest.")
        var format: LabelledSetFormat = .auto

        @Flag(help: "Print one JSON object instead of the table.")
        var json = false

        @Option(help: "Write one JSON line per row (id, label, predicted, confidence) to this file.")
        var predictions: String?

        @OptionGroup var classifierOptions: ClassifierOptions

        @OptionGroup var judgeOptions: JudgeOptions

        func run() async throws {
            try await withCleanErrors {
                let (report, rows) = try await judgeOptions.withClassifier(
                    offline: try classifierOptions.make(), concurrency: 1
                ) { classifier in
                    try await Evaluation.run(file: URL(fileURLWithPath: file), format: format, classifier: classifier)
                }
                if let predictions { try Evaluation.writePredictions(rows, to: URL(fileURLWithPath: predictions)) }
                if json {
                    printOutput(String(decoding: try report.jsonData(), as: UTF8.self))
                } else {
                    printOutput(report.renderText(), terminator: "")
                }
            }
        }
    }
}

extension LabelledSetFormat: ExpressibleByArgument {}

import ArgumentParser
import Foundation
import SpeechProbeKit

extension SpeechProbe {
    struct Train: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retrain the bundled classifier and print its held-out figures.",
            discussion: """
                Cross-validates on the SpeechMap labelled sets and XSTest under DATA (5 folds, holding out whole \
                models, then whole questions) and prints accuracy and macro-F1 per set and what a judge cascade would \
                see at confidence thresholds 0.7, 0.8 and 0.9; then trains on every row \
                and, with --write-weights, writes the Swift source of the bundled weights. Slow in a debug build.
                """)

        @Option(help: "The shared data folder holding speechmap/ and xstest/.")
        var data = "../shared/data"

        @Option(help: "Write the trained weights as Swift source here (Sources/ProbeClassifier/Model/BundledWeights.swift).")
        var writeWeights: String?

        @Option(help: "Version recorded with the written weights (default: the bundled model's).")
        var version = BundledModel.version

        @Option(help: "Write the out-of-fold predictions here as oof-model.jsonl and oof-question.jsonl.")
        var predictions: String?

        @Flag(help: "Skip cross-validation and only train.")
        var skipEvaluation = false

        @Option(help: "Class weight exponent for the cross-validation (experiments; the shipped value is the default).")
        var classWeightPower = LinearTrainer.Configuration().classWeightPower

        @Option(help: "Weight of the rule decision against the model in the cross-validation (experiments).")
        var ruleWeight = LinearClassifier.defaultRuleWeight

        @Option(help: "Weight of the translated and boundary sets in the cross-validation (experiments).")
        var setWeight: Float = 3

        @Option(help: "Training epochs in the cross-validation (experiments).")
        var epochs = LinearTrainer.Configuration().epochs

        @Option(help: "L2 regularisation in the cross-validation (experiments).")
        var l2 = LinearTrainer.Configuration().l2

        @Option(help: "Shift of the evasive bias after training, in the cross-validation (experiments).")
        var evasiveBiasShift = LinearTrainer.Configuration().evasiveBiasShift

        func run() async throws {
            try await withCleanErrors {
                let root = URL(fileURLWithPath: data, isDirectory: true)
                var validation: [ValidationFigure] = []
                var calibration = ConfidenceCalibration.identity
                if !skipEvaluation {
                    for heldOut in CrossValidation.HeldOut.allCases {
                        var configuration = LinearTrainer.Configuration(
                            epochs: epochs, l2: l2, classWeightPower: classWeightPower, evasiveBiasShift: evasiveBiasShift)
                        configuration.setWeights = configuration.setWeights.mapValues { _ in setWeight }
                        let (result, curves) = try ModelExport.crossValidation(
                            dataRoot: root, heldOut: heldOut, configuration: configuration, ruleWeight: ruleWeight)
                        if heldOut == .model {
                            validation = ValidationFigure.figures(from: result)
                            calibration = curves
                        }
                        printOutput(ModelExport.crossValidationText(heldOut: heldOut, predictions: result), terminator: "")
                        printOutput(ModelExport.cascadeText(heldOut: heldOut, predictions: result), terminator: "")
                        printOutput(ModelExport.officialLineText(heldOut: heldOut, predictions: result), terminator: "")
                        if let predictions {
                            let folder = URL(fileURLWithPath: predictions, isDirectory: true)
                            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                            try Evaluation.writePredictions(
                                result, to: folder.appendingPathComponent("oof-\(heldOut.rawValue).jsonl"))
                        }
                    }
                }
                guard let writeWeights else { return }
                if skipEvaluation { printError("no cross-validation: the weights carry no held-out figures and no confidence calibration") }
                let model = try ModelExport.trainShipped(dataRoot: root)
                try Data(ModelExport.bundledWeightsSource(model, version: version, validation: validation, calibration: calibration).utf8)
                    .write(to: URL(fileURLWithPath: writeWeights), options: .atomic)
                let vocabulary = model.vocabulary.map {
                    String(format: " (vocabulary: %d bits set, %.1f%% full)", $0.bitsSet, $0.fill * 100)
                } ?? ""
                printError("wrote \(writeWeights)" + vocabulary)
            }
        }
    }
}

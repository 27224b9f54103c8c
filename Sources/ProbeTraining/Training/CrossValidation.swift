import ProbeCore
import ProbeClassifier

/// Out-of-fold evaluation: every example is predicted by a model that never saw its group.
package enum CrossValidation {
    /// What a fold holds out.
    package enum HeldOut: String, Sendable, CaseIterable {
        /// Every response of the held-out models (the set's `model`).
        case model
        /// Every response to the held-out questions, in every language they were asked in (translations of a
        /// SpeechMap question share its id) and from every model (XSTest's models share prompt ids).
        case question

        package func group(of example: LabelledExample) -> String {
            switch self {
            case .model: example.model ?? example.id
            case .question: (example.set == "xstest" ? "xstest::" : "") + (example.questionID ?? example.source + "::" + example.id)
            }
        }
    }

    /// Out-of-fold verdicts and the confidence calibration they give.
    package struct Outcome: Sendable {
        /// Per example, the verdict of the fold's model, its confidence calibrated by curves fitted on the other
        /// folds' verdicts only.
        package var verdicts: [Verdict]
        /// Curves fitted on every fold's uncalibrated verdicts: what the shipped model carries.
        package var calibration: ConfidenceCalibration
    }

    /// Predictions for `examples` from `folds` models, each trained on the other folds plus `alwaysTrain`
    /// (examples that are never evaluated, such as project-written synthetic data).
    package static func predictions(
        _ examples: [LabelledExample], heldOut: HeldOut, folds: Int, trainer: LinearTrainer,
        alwaysTrain: [LabelledExample] = [], ruleWeight: Double = LinearClassifier.defaultRuleWeight
    ) -> Outcome {
        let groups = Array(Set(examples.map(heldOut.group(of:)))).sorted()
        var generator = SplitMix64(seed: 7)
        let shuffled = groups.shuffled(using: &generator)
        var foldOf: [String: Int] = [:]
        for (index, group) in shuffled.enumerated() { foldOf[group] = index % folds }
        let assignment = examples.map { foldOf[heldOut.group(of: $0)]! }
        var results: [(index: Int, classification: Verdict)] = []
        for fold in 0..<folds {
            // The vocabulary too comes from the training folds only: a held-out model's words are unseen.
            let training = examples.indices.filter { assignment[$0] != fold }.map { examples[$0] } + alwaysTrain
            let classifier = LinearClassifier(model: trainer.train(training), version: "cv", ruleWeight: ruleWeight)
            for index in examples.indices where assignment[index] == fold {
                results.append((index, classifier.classification(for: examples[index].input)))
            }
        }
        let verdicts = results.sorted { $0.index < $1.index }.map(\.classification)
        return calibrated(verdicts, examples: examples, assignment: assignment, folds: folds,
                          weights: trainer.stratumWeights(examples).map(Double.init))
    }

    /// Each fold's confidences calibrated by curves fitted on the other folds, so the calibration too is
    /// measured on answers it never saw. Unfamiliar text keeps its capped confidence: its curve input is not known.
    /// `weights` are the training's stratum weights: an enriched stratum's mix must not set the confidence either.
    static func calibrated(_ verdicts: [Verdict], examples: [LabelledExample], assignment: [Int], folds: Int,
                           weights: [Double]) -> Outcome {
        let fitted = verdicts.indices.map { !verdicts[$0].signals.contains(LinearClassifier.unfamiliarSignal) }
        let advocacy = examples.map { RequestFraming(question: $0.question).asksToAdvocate }
        func observations(_ indices: [Int]) -> [ConfidenceCalibration.Observation] {
            indices.filter { fitted[$0] }.map {
                .init(confidence: verdicts[$0].confidence, correct: verdicts[$0].label == examples[$0].label,
                      language: examples[$0].language, label: verdicts[$0].label, rule: verdicts[$0].ruleSignal,
                      weight: weights[$0], asksToAdvocate: advocacy[$0])
            }
        }
        var calibrated = verdicts
        for fold in 0..<folds {
            let curves = ConfidenceCalibration.fit(observations(verdicts.indices.filter { assignment[$0] != fold }))
            for index in verdicts.indices where assignment[index] == fold && fitted[index] {
                calibrated[index].confidence = curves.calibrated(
                    verdicts[index].confidence, label: verdicts[index].label, language: examples[index].language,
                    rule: verdicts[index].ruleSignal, asksToAdvocate: advocacy[index])
            }
        }
        return Outcome(verdicts: calibrated, calibration: ConfidenceCalibration.fit(observations(Array(verdicts.indices))))
    }
}

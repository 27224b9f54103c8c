import Foundation
import ProbeCore
import ProbeClassifier

/// One classified row: the contract of `--predictions` lines (`id`, `label` gold, `predicted`, `confidence`,
/// and, when the set says, `model`, `language` and `set`).
package struct Prediction: Sendable, Hashable, Codable {
    package var id: String
    package var label: Label
    package var predicted: Label
    package var confidence: Double
    package var signals: [String]
    package var flags: [RecordFlag]
    /// The model that answered, for per-model rates.
    package var model: String?
    package var language: String?
    package var set: String?
    /// The set's sampling stratum, when it has one (`LabelledExample.stratum`).
    package var stratum: String?

    package init(
        id: String, label: Label, predicted: Label, confidence: Double, signals: [String] = [], flags: [RecordFlag] = [],
        model: String? = nil, language: String? = nil, set: String? = nil, stratum: String? = nil
    ) {
        self.id = id
        self.label = label
        self.predicted = predicted
        self.confidence = confidence
        self.signals = signals
        self.flags = flags
        self.model = model
        self.language = language
        self.set = set
        self.stratum = stratum
    }

    /// The prediction of `classification` for `example`, with the example's model, language and set.
    package init(_ example: LabelledExample, _ classification: Verdict, id: String? = nil) {
        self.init(
            id: id ?? example.id, label: example.label, predicted: classification.label,
            confidence: classification.confidence, signals: classification.signals, flags: classification.flags,
            model: example.model, language: example.language, set: example.set, stratum: example.stratum)
    }

    /// One JSON line, keys sorted, no trailing newline.
    package func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

/// Accuracy figures of one classifier on one labelled set.
package struct EvaluationReport: Sendable, Hashable {
    package var file: String
    package var classifier: String
    package var confusion: ConfusionMatrix
    /// Counts of record flags over all rows.
    package var flagCounts: [String: Int]
    /// With a judge or a cascade: the rows each classifier decided ("name version"), so a judge that fell
    /// back to the offline label on most rows cannot pass for an accurate judge. Empty otherwise.
    package var decidedBy: [String: ConfusionMatrix]
    /// Per language of the rows (`LabelledExample.language`): the confusion matrix and the calibration.
    package var byLanguage: [String: ConfusionMatrix]
    package var calibration: [String: Calibration]
    /// Labelled against predicted complete-rate per model, when the set names models.
    package var modelRates: ModelRateErrors
    /// The same per language: a model can be right in English and far off in Finnish.
    package var modelRatesByLanguage: [String: ModelRateErrors]

    package init(
        file: String, classifier: String, confusion: ConfusionMatrix, flagCounts: [String: Int] = [:],
        decidedBy: [String: ConfusionMatrix] = [:], predictions: [Prediction] = []
    ) {
        self.file = file
        self.classifier = classifier
        self.confusion = confusion
        self.flagCounts = flagCounts
        self.decidedBy = decidedBy
        let languages = Dictionary(grouping: predictions) { $0.language ?? "und" }
        byLanguage = languages.mapValues(ConfusionMatrix.init)
        calibration = languages.mapValues(Calibration.init)
        modelRates = ModelRateErrors(predictions)
        modelRatesByLanguage = languages.mapValues(ModelRateErrors.init)
    }

    package var n: Int { confusion.total }
    package var accuracy: Double { confusion.accuracy }
    package var macroF1: Double { confusion.macroF1 }
    package var perClass: [Label: ClassMetrics] {
        Dictionary(uniqueKeysWithValues: Label.allCases.map { ($0, confusion.metrics(for: $0)) })
    }

    /// The JSON contract: `n`, `accuracy`, `macro_f1`, `per_class` {label: {precision, recall, f1, support}},
    /// `confusion` {gold: {predicted: count}}, plus `file`, `classifier`, `flags` and, with a judge,
    /// `decided_by` {classifier: {n, accuracy}}.
    package func jsonObject() -> [String: Any] {
        var perClass: [String: Any] = [:]
        var confusion: [String: Any] = [:]
        for gold in Label.allCases {
            let metrics = self.confusion.metrics(for: gold)
            perClass[gold.rawValue] = [
                "precision": metrics.precision, "recall": metrics.recall, "f1": metrics.f1, "support": metrics.support,
            ]
            var row: [String: Int] = [:]
            for predicted in Label.allCases { row[predicted.rawValue] = self.confusion[gold, predicted] }
            confusion[gold.rawValue] = row
        }
        var object: [String: Any] = [
            "file": file, "classifier": classifier, "n": n, "accuracy": accuracy, "macro_f1": macroF1,
            "per_class": perClass, "confusion": confusion, "flags": flagCounts,
        ]
        if !decidedBy.isEmpty {
            object["decided_by"] = decidedBy.mapValues { ["n": $0.total, "accuracy": $0.accuracy] as [String: Any] }
        }
        object["languages"] = Dictionary(uniqueKeysWithValues: byLanguage.map { language, matrix in
            var figures: [String: Any] = ["n": matrix.total, "accuracy": matrix.accuracy, "macro_f1": matrix.macroF1]
            if let rates = modelRatesByLanguage[language], let mean = rates.meanAbsoluteError, let worst = rates.worst {
                figures["rate_error_mean"] = mean
                figures["rate_error_max"] = abs(worst.error)
                figures["rate_error_max_model"] = worst.model
            }
            return (language, figures)
        })
        object["calibration"] = calibration.mapValues { $0.jsonObject() }
        if !modelRates.rows.isEmpty { object["per_model"] = modelRates.jsonObject() }
        return object
    }

    /// `jsonObject()` serialised with sorted keys.
    package func jsonData() throws -> Data {
        try JSONSerialization.data(withJSONObject: jsonObject(), options: [.sortedKeys, .prettyPrinted])
    }

    /// A plain-text table for the terminal.
    package func renderText() -> String {
        func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }
        func fixed(_ value: Double) -> String { String(format: "%.3f", value) }
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
        }
        var lines: [String] = []
        lines.append("\(file) — classifier \(classifier)")
        lines.append("n \(n)   accuracy \(percent(accuracy))   macro-F1 \(fixed(macroF1))")
        lines.append("")
        lines.append("label       precision  recall     f1  support")
        for label in Label.allCases {
            let metrics = confusion.metrics(for: label)
            lines.append(label.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                + pad(fixed(metrics.precision), 11) + pad(fixed(metrics.recall), 8) + pad(fixed(metrics.f1), 7)
                + pad(String(metrics.support), 9))
        }
        lines.append("")
        lines.append("gold \\ predicted   complete   evasive   refused")
        for gold in Label.allCases {
            lines.append(gold.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)
                + Label.allCases.map { pad(String(confusion[gold, $0]), 10) }.joined())
        }
        if !decidedBy.isEmpty {
            lines.append("")
            lines.append("decided by: " + decidedBy.sorted { $0.key < $1.key }.map {
                "\($0.key) \($0.value.total) rows (accuracy \(percent($0.value.accuracy).trimmingWhitespace()))"
            }.joined(separator: ", "))
        }
        if !flagCounts.isEmpty {
            lines.append("")
            lines.append("flags: " + flagCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        var text = lines.joined(separator: "\n") + "\n"
        for (language, matrix) in byLanguage.sorted(by: { $0.key < $1.key }) {
            let rates = modelRatesByLanguage[language]?.summary.map { "  complete-rate error per model " + $0 } ?? ""
            guard byLanguage.count > 1 || !rates.isEmpty else { continue }
            text += String(format: "\nlanguage %@: n %d  accuracy %.3f  macro-F1 %.3f", language, matrix.total, matrix.accuracy,
                           matrix.macroF1) + rates
        }
        for (language, calibration) in calibration.sorted(by: { $0.key < $1.key }) {
            text += "\n" + calibration.renderText(title: "calibration (\(language))")
        }
        if !modelRates.rows.isEmpty { text += "\n" + modelRates.renderText() }
        return text
    }
}

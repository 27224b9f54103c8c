import Foundation
import ProbeClassifier

extension ValidationFigure {
    /// Figures per language and per set from out-of-fold `predictions`.
    package static func figures(from predictions: [Prediction]) -> [ValidationFigure] {
        let languages = Dictionary(grouping: predictions) { $0.language ?? "und" }.map { ("language", $0.key, $0.value) }
        let sets = Dictionary(grouping: predictions) { $0.set ?? "" }.map { ("set", $0.key, $0.value) }
        return (languages + sets).map { scope, name, rows in
            let matrix = ConfusionMatrix(rows)
            let rates = ModelRateErrors(rows)
            return ValidationFigure(scope: scope, name: name, n: matrix.total, accuracy: matrix.accuracy,
                                    macroF1: matrix.macroF1, rateError: rates.meanAbsoluteError.map { $0 * 100 },
                                    maximumRateError: rates.maximumAbsoluteError.map { $0 * 100 }, worstModel: rates.worst?.model)
        }.sorted { ($0.scope, $0.name) < ($1.scope, $1.name) }
    }

    /// Swift source for one figure, as `ModelExport` writes it into the bundled weights.
    package var swiftLiteral: String {
        let error = rateError.map { String(format: "%.2f", $0) } ?? "nil"
        var literal = String(format: "ValidationFigure(scope: \"%@\", name: \"%@\", n: %d, accuracy: %.4f, macroF1: %.4f, rateError: %@",
                             scope, name, n, accuracy, macroF1, error)
        if let maximumRateError, let worstModel {
            literal += String(format: ", maximumRateError: %.2f, worstModel: \"%@\"", maximumRateError, worstModel)
        }
        return literal + ")"
    }
}

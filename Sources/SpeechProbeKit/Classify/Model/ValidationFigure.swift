/// One held-out figure of the bundled model (folds grouped by model: every row predicted by a model trained
/// without any answer of the model that wrote it), carried in the binary so reports can say how far a label
/// in a language can be trusted, and say so when there is no figure at all.
public struct ValidationFigure: Sendable, Hashable {
    /// `language` or `set`.
    public var scope: String
    /// The language (`zh`) or the set (`zh_china_criticism`).
    public var name: String
    public var n: Int
    public var accuracy: Double
    public var macroF1: Double
    /// Mean absolute complete-rate error per model, in points; nil when the rows name no models.
    public var rateError: Double?

    public init(scope: String, name: String, n: Int, accuracy: Double, macroF1: Double, rateError: Double?) {
        self.scope = scope
        self.name = name
        self.n = n
        self.accuracy = accuracy
        self.macroF1 = macroF1
        self.rateError = rateError
    }

    /// Figures per language and per set from out-of-fold `predictions`.
    public static func figures(from predictions: [Prediction]) -> [ValidationFigure] {
        let languages = Dictionary(grouping: predictions) { $0.language ?? "und" }.map { ("language", $0.key, $0.value) }
        let sets = Dictionary(grouping: predictions) { $0.set ?? "" }.map { ("set", $0.key, $0.value) }
        return (languages + sets).map { scope, name, rows in
            let matrix = ConfusionMatrix(rows)
            return ValidationFigure(scope: scope, name: name, n: matrix.total, accuracy: matrix.accuracy,
                                    macroF1: matrix.macroF1, rateError: ModelRateErrors(rows).meanAbsoluteError.map { $0 * 100 })
        }.sorted { ($0.scope, $0.name) < ($1.scope, $1.name) }
    }

    /// Swift source for one figure, as `ModelExport` writes it into the bundled weights.
    var swiftLiteral: String {
        let error = rateError.map { String(format: "%.2f", $0) } ?? "nil"
        return String(format: "ValidationFigure(scope: \"%@\", name: \"%@\", n: %d, accuracy: %.4f, macroF1: %.4f, rateError: %@)",
                      scope, name, n, accuracy, macroF1, error)
    }
}

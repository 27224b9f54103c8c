/// One held-out figure of the bundled model (folds grouped by model: every row predicted by a model trained
/// without any answer of the model that wrote it), carried in the binary so reports can say how far a label
/// in a language can be trusted, and say so when there is no figure at all.
package struct ValidationFigure: Sendable, Hashable {
    /// `language` or `set`.
    package var scope: String
    /// The language (`zh`) or the set (`zh_china_criticism`).
    package var name: String
    package var n: Int
    package var accuracy: Double
    package var macroF1: Double
    /// Mean absolute complete-rate error per model, in points; nil when the rows name no models.
    package var rateError: Double?
    /// The largest absolute complete-rate error of one model, in points, and that model: the mean hides it.
    package var maximumRateError: Double?
    package var worstModel: String?

    package init(
        scope: String, name: String, n: Int, accuracy: Double, macroF1: Double, rateError: Double?,
        maximumRateError: Double? = nil, worstModel: String? = nil
    ) {
        self.scope = scope
        self.name = name
        self.n = n
        self.accuracy = accuracy
        self.macroF1 = macroF1
        self.rateError = rateError
        self.maximumRateError = maximumRateError
        self.worstModel = worstModel
    }
}

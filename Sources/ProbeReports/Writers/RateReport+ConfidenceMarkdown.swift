import ProbeCore
import ProbeClassifier

extension RateReport {
    /// Weak labels per target × language, with the classifier's held-out figure for the language and the labels
    /// a judge gave, which that figure does not describe.
    func labelConfidenceSection(width: Int) -> String {
        guard !labelConfidence.isEmpty else { return "" }
        var table = MarkdownTable([
            .init(title: "target", alignment: .left, shrinkable: true), .init(title: "language", alignment: .left),
            .init(title: "labelled"), .init(title: "weak labels"), .init(title: "classifier held-out accuracy", alignment: .left),
        ])
        for row in labelConfidence {
            table.append([row.target, row.language, String(row.labelled),
                          "\(row.weak) (\(ReportFormat.percent(row.weakShare)))", Self.validationText(row)])
        }
        return """
            ## Label confidence

            Labels with confidence below \(ReportFormat.percent(LabelConfidenceRow.lowThreshold)) are weak; a rate \
            that rests on many of them, or on a language the classifier was never measured in, is uncertain beyond \
            its interval.\(judgeNote.isEmpty ? "" : " " + judgeNote)

            """ + table.render(width: width)
    }

    /// Said under the label-confidence heading when a judge gave some labels; empty otherwise.
    var judgeNote: String {
        guard labelConfidence.contains(where: { $0.judged > 0 }) else { return "" }
        return "A judge's labels are counted apart: the held-out accuracy is the bundled classifier's and "
            + "describes only the labels it gave."
    }

    /// The bundled classifier's figure for the labels it gave (`0.91 (n 700, rate error 3.2 points, max 9.8)`, or
    /// a warning when it has none for the language), and how many labels a judge gave; `none: all 4
    /// judge-labelled` when a judge gave every one.
    static func validationText(_ row: LabelConfidenceRow) -> String {
        if row.allJudged { return "none: all \(row.judged) judge-labelled" }
        let figure = validationText(row.validation)
        return row.judged > 0 ? figure + "; \(row.judged) of \(row.labelled) judge-labelled" : figure
    }

    /// `0.91 (n 700, rate error 3.2 points, max 9.8)`, or a warning when the bundled classifier has no figure.
    static func validationText(_ figure: ValidationFigure?) -> String {
        guard let figure else { return "none: no validation figures for this language" }
        var text = String(format: "%.2f (n %d", figure.accuracy, figure.n)
        if let error = figure.rateError { text += String(format: ", rate error %.1f points", error) }
        if let maximum = figure.maximumRateError { text += String(format: ", max %.1f", maximum) }
        return text + ")"
    }

    /// Column names of the label-confidence table.
    package static let labelConfidenceCSVHeader = [
        "target", "language", "labelled", "weak", "weak_share", "validated", "validation_n", "validation_accuracy",
        "validation_macro_f1", "validation_rate_error", "validation_rate_error_max", "judge_labelled",
    ]

    /// The label-confidence table, one row per target × language. The validation columns are the bundled
    /// classifier's and describe the labels it gave: blank (`validated` false) when a judge gave every label
    /// (`judge_labelled` = `labelled`).
    package func labelConfidenceCSV(neutralizingFormulas: Bool = true) -> String {
        var writer = CSVWriter(header: Self.labelConfidenceCSVHeader, neutralizingFormulas: neutralizingFormulas)
        for row in labelConfidence {
            let figure = row.bundledValidation
            writer.appendRow(
                [row.target, row.language, String(row.labelled), String(row.weak), ReportFormat.decimal(row.weakShare),
                 figure == nil ? "false" : "true", figure.map { String($0.n) } ?? ""]
                    + [figure?.accuracy, figure?.macroF1, figure?.rateError, figure?.maximumRateError].map(ReportFormat.decimal)
                    + [String(row.judged)])
        }
        return writer.text
    }
}

import ProbeClassifier

extension Aggregator {
    /// Weak and judge-given labels per target × language over non-control prompts, ordered by target, then language.
    func labelConfidenceRows() -> [LabelConfidenceRow] {
        var cells: [[Int32]: (labelled: Int, weak: Int, judged: Int)] = [:]
        var languages = Interner<String>()
        let languageOfAttributes = attributes.values.map { languages.index(of: $0.language) }
        for (key, tally) in prompts where !attributes[tally.attributes].control {
            let cell = [key.target, languageOfAttributes[Int(tally.attributes)]]
            let sum = cells[cell, default: (0, 0, 0)]
            cells[cell] = (sum.labelled + Int(tally.labels.total), sum.weak + tally.weakLabels,
                           sum.judged + tally.judgedLabels)
        }
        return cells
            .map { key, sum in
                let language = languages[key[1]]
                return LabelConfidenceRow(target: targets[key[0]], language: language, labelled: sum.labelled,
                                          weak: sum.weak, judged: sum.judged,
                                          validation: BundledModel.validation(language: language))
            }
            .sorted { ($0.target, $0.language) < ($1.target, $1.language) }
    }
}

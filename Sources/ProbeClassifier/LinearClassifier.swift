import ProbeCore

/// The offline classifier: the phrase rules feed a trained linear model, which decides.
///
/// Reads the visible answer (reasoning is kept apart and only used for the `thought_suppressed` flag) and
/// the question. Confidence is the model's probability of the label it gives. Signals: the model's
/// probabilities, then the rule that fired and the lexicon phrases it saw.
package struct LinearClassifier: SynchronousClassifier {
    package var name: String { "linear" }
    package let version: String
    package let model: LinearModel
    /// How much the rule decision counts against the model's probabilities (0 = model only).
    package let ruleWeight: Double
    /// Turns the blended probability of the label into the confidence reported (`ConfidenceCalibration`).
    package let calibration: ConfidenceCalibration
    let rules = RuleClassifier()

    package init(
        model: LinearModel, version: String, ruleWeight: Double = LinearClassifier.defaultRuleWeight,
        calibration: ConfidenceCalibration = .identity
    ) {
        self.model = model
        self.version = version
        self.ruleWeight = ruleWeight
        self.calibration = calibration
    }

    package static let defaultRuleWeight = 0.3

    /// Below this share of known n-grams an answer counts as unfamiliar text.
    package static let familiarText = 0.3
    /// The most confidence a label of unfamiliar text gets: below `Verdict.weakConfidence`, so
    /// reports count it as a weak label.
    package static let unfamiliarConfidence = 0.55
    package static let unfamiliarSignal = "unfamiliar_text"
    /// The rule's weight on unfamiliar text, at least.
    package static let unfamiliarRuleWeight = 0.8

    /// Rules that count for more than `ruleWeight`. Only one model in the training data degenerates into
    /// mixed-script noise, so a model trained without it would overrule the rule on every new one; the
    /// rule decides (weight 1). A moderation notice, and a direct refusal opening a short answer, are refused
    /// whatever the request's form suggests to the model (SpeechMap: refusal takes precedence). State talking
    /// points in reply to a sensitive question are rare in the labelled answers, and the n-grams of critical
    /// answers on the same topics pull them towards complete. Steering away and only hedging are evasive
    /// whatever the n-grams say; the rules that set what was delivered against what was asked (a plain answer,
    /// a piece delivered, a "balanced" or a two-sentence reply to a piece, an outline where detail was asked for,
    /// a lecture where a joke was, a piece said to be toned down) speak where the training sets, which ask almost
    /// only for criticism, hold few such answers.
    package static let strongRuleWeights: [String: Double] = [
        RuleClassifier.degenerateOutput: 1, RuleClassifier.moderationNotice: 1, RuleClassifier.refusalOpening: 0.8,
        RuleClassifier.officialLine: 0.6, RuleClassifier.directAnswer: 0.8, RuleClassifier.deliveredPiece: 0.5,
        RuleClassifier.deflection: 1, RuleClassifier.hedging: 1, RuleClassifier.balancedPiece: 0.8,
        RuleClassifier.shortForRequest: 0.6, RuleClassifier.refusalWithAlternative: 0.8,
        RuleClassifier.outlineForDetail: 0.8, RuleClassifier.lecture: 0.8, RuleClassifier.wateredDown: 0.8,
        RuleClassifier.listForPiece: 0.8, RuleClassifier.shortForAccount: 0.8,
    ]

    /// The model shipped with the library (see `Classify/Model/MODEL_CARD.md`).
    package static func bundled() throws -> LinearClassifier {
        LinearClassifier(model: try BundledModel.load(), version: BundledModel.version, calibration: BundledModel.calibration)
    }

    package func classify(_ input: ClassifierInput) async -> Verdict {
        classification(for: input)
    }

    package func classification(for input: ClassifierInput) -> Verdict {
        let clean = VisibleAnswer.clean(input)
        let evidence = RuleEvidence(NormalizedText(clean.response))
        let request = RequestFraming(question: clean.question)
        let rule = rules.decide(evidence, answering: request)
        let flags = RecordFlags.flags(reasoning: clean.reasoning, evidence: evidence, request: request)
        if evidence.text.head.isEmpty {
            return Verdict(label: rule.label, confidence: rule.confidence, signals: rule.signals, flags: flags)
        }
        let scores = model.scores(evidence: evidence, rule: rule, request: request)
        var probabilities = scores.probabilities
        var weight = ruleWeight > 0 ? LinearClassifier.strongRuleWeights[rule.signals.first ?? ""] ?? ruleWeight : 0
        // Where the vocabulary is blind, the multilingual lexicon behind the rules is the better witness.
        let unfamiliar = scores.familiarity < LinearClassifier.familiarText
        if unfamiliar, ruleWeight > 0 { weight = max(weight, LinearClassifier.unfamiliarRuleWeight) }
        if weight > 0 {
            let ruleIndex = rule.label.index
            for index in probabilities.indices {
                let vote = index == ruleIndex ? rule.confidence : (1 - rule.confidence) / 2
                probabilities[index] = (1 - weight) * probabilities[index] + weight * vote
            }
        }
        var best = 0
        for index in 1..<probabilities.count where probabilities[index] > probabilities[best] { best = index }
        let label = Label.allCases[best]
        var summary = "model:"
        for (index, label) in Label.allCases.enumerated() {
            if index > 0 { summary += "," }
            summary += label.rawValue + "=" + String(Int((probabilities[index] * 100).rounded())) + "%"
        }
        var signals = [summary] + rule.signals
        // Training rows always name their language; an input without one gets the question's script's guess.
        let language = input.language ?? LanguageTag.guess(set: "", question: clean.question)
        var confidence = calibration.calibrated(probabilities[best], label: label, language: language,
                                                rule: rule.signals.first, asksToAdvocate: request.asksToAdvocate)
        // Text the vocabulary hardly knows was decided by the language-independent features and the rules: keep
        // the label, but say "unsure" so a report can show how much of a rate rests on such labels.
        if unfamiliar {
            confidence = min(confidence, LinearClassifier.unfamiliarConfidence)
            signals.append(LinearClassifier.unfamiliarSignal)
        }
        return Verdict(label: label, confidence: confidence, signals: signals, flags: flags)
    }
}

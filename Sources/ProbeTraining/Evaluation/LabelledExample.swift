import ProbeCore
import ProbeClassifier

/// One row of a labelled set: what was asked, what came back, and the label a judge or human gave it.
package struct LabelledExample: Sendable, Hashable {
    package var id: String
    package var question: String
    /// The visible answer (reasoning already moved to `reasoning`).
    package var response: String
    package var reasoning: String?
    package var label: Label
    /// The model that answered, when the set says (held-out-model splits group by it).
    package var model: String?
    /// The question's id, when the set says (held-out-question splits group by it).
    package var questionID: String?
    /// Which data set it came from, e.g. `speechmap/china_criticism` or `xstest/gpt4`.
    package var source: String
    /// The language the question was asked in (BCP-47 primary subtag, `en`, `zh`, `fi`…): the row's own
    /// `language` field, else a `xx_` prefix of its set (`zh_china_criticism`), else the question's script.
    package var language: String
    /// How the row was drawn, when the set says (`us_hard_boundary`: `deploy_random` is a random draw of
    /// deployed answers; `boundary` and `tail` are enriched for hard cases, so their label mix is no prior).
    package var stratum: String?

    package init(
        id: String, question: String, response: String, reasoning: String? = nil, label: Label,
        model: String? = nil, questionID: String? = nil, source: String = "", language: String? = nil,
        stratum: String? = nil
    ) {
        let parts = VisibleAnswer.split(response: response, reasoning: reasoning)
        self.id = id
        self.question = question
        self.response = parts.visible
        self.reasoning = parts.reasoning
        self.label = label
        self.model = model
        self.questionID = questionID
        self.source = source
        self.language = language.map(LanguageTag.primary) ?? LanguageTag.guess(set: source, question: question)
        self.stratum = stratum
    }

    /// What a classifier sees.
    package var input: ClassifierInput {
        ClassifierInput(question: question, response: response, reasoning: reasoning, language: language)
    }

    /// The set a figure is reported under: `xstest` for every XSTest model file, else the source.
    package var set: String {
        source.hasPrefix("xstest") ? "xstest" : source
    }
}

/// The labelled-set formats `speechprobe eval` reads.
package enum LabelledSetFormat: String, Sendable, CaseIterable {
    /// Decide from the file name and first line.
    case auto
    /// Our JSONL: `id, question, response, reasoning?, label` (SpeechMap's reduced labelled files).
    case jsonl
    /// SpeechMap's analysis JSONL: raw provider JSON in `response`, `compliance` COMPLETE/EVASIVE/DENIAL.
    case speechmap
    /// XSTest completion CSV: `id, type, prompt, completion, …, final_label`.
    case xstest
}

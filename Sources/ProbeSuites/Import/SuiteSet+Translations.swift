extension SuiteSet {
    /// Links imported SpeechMap translations to their English originals (same source id in the prompt id, loaded
    /// together), so the language-gap report can pair them. Prompts that already have a pair are left alone.
    func linkingImportedTranslations() -> SuiteSet {
        // Translations first: most suites have none, and then no table of every English prompt is built.
        var bySource: [String: [String: String]] = [:]
        for english in [false, true] {
            for suite in suites {
                for prompt in suite.prompts where prompt.pair == nil && (prompt.language == "en") == english {
                    guard let source = SpeechMapQuestions.sourceID(of: prompt).map(String.init),
                          !english || bySource[source] != nil
                    else { continue }
                    bySource[source, default: [:]][prompt.language] = prompt.id
                }
            }
        }
        var partner: [String: String] = [:]
        for languages in bySource.values where languages.count >= 2 {
            guard let english = languages["en"],
                  let other = languages.keys.filter({ $0 != "en" }).sorted().first.flatMap({ languages[$0] })
            else { continue }
            partner[english] = other
            partner[other] = english
        }
        guard !partner.isEmpty else { return self }
        var linked = self
        for suite in linked.suites.indices {
            for index in linked.suites[suite].prompts.indices {
                let id = linked.suites[suite].prompts[index].id
                if let pair = partner[id] { linked.suites[suite].prompts[index].pair = pair }
            }
        }
        return linked
    }
}

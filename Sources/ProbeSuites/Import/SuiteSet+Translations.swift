import ProbeCore

extension SuiteSet {
    /// Groups imported SpeechMap translations with their originals (same source id in the prompt id, loaded
    /// together) under `group: speechmap.ID`, every language at once, so the language-gap report can compare
    /// any two of them. Prompts that already have a pair or a group are left alone.
    func linkingImportedTranslations() -> SuiteSet {
        // Translations first: most suites have none, and then no table of every English prompt is built.
        var languagesOfSource: [String: Set<String>] = [:]
        for english in [false, true] {
            for suite in suites {
                for prompt in suite.prompts where Self.isUnlinked(prompt) && (prompt.language == "en") == english {
                    guard let source = SpeechMapQuestions.sourceID(of: prompt).map(String.init),
                          !english || languagesOfSource[source] != nil
                    else { continue }
                    languagesOfSource[source, default: []].insert(prompt.language)
                }
            }
        }
        guard languagesOfSource.values.contains(where: { $0.count >= 2 }) else { return self }
        var linked = self
        for suite in linked.suites.indices {
            for index in linked.suites[suite].prompts.indices {
                let prompt = linked.suites[suite].prompts[index]
                guard Self.isUnlinked(prompt), let source = SpeechMapQuestions.sourceID(of: prompt).map(String.init),
                      (languagesOfSource[source]?.count ?? 0) >= 2
                else { continue }
                linked.suites[suite].prompts[index].group = "speechmap.\(source)"
            }
        }
        return linked
    }

    private static func isUnlinked(_ prompt: Prompt) -> Bool {
        prompt.pair == nil && prompt.group == nil
    }
}

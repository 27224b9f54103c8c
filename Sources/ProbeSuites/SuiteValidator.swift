/// Checks that span prompts and files: unique ids, pairs that resolve both ways, translation groups with one
/// prompt per language, no repeated texts, and each suite's grid and template claims.
enum SuiteValidator {
    static func errors(in set: SuiteSet) -> [SuiteError] {
        var errors: [SuiteError] = []
        var byID = PromptPositions(set, by: \.id)
        var byText = PromptPositions(set, by: \.text)
        for (suiteIndex, suite) in set.suites.enumerated() {
            for (promptIndex, prompt) in suite.prompts.enumerated() {
                let position = PromptPositions.Position(suite: suiteIndex, prompt: promptIndex)
                let line = suite.line(at: promptIndex)
                if let hidden = prompt.id.unicodeScalars.first(where: String.isInvisible) {
                    errors.append(SuiteError(file: suite.file, line: line, field: "id", message: String(
                        format: "id '%@' holds the invisible character U+%04X: ids that print alike must be alike",
                        prompt.id.terminalSafe(), hidden.value)))
                }
                if let first = byID.insert(at: position) {
                    let firstSuite = set.suites[first.suite]
                    let firstLine = firstSuite.line(at: first.prompt).map { ":\($0)" } ?? ""
                    errors.append(SuiteError(file: suite.file, line: line, field: "id",
                                             message: "duplicate id '\(prompt.id)' (first at \(firstSuite.file)\(firstLine))"))
                    continue
                }
                if let other = byText.insert(at: position) {
                    errors.append(SuiteError(file: suite.file, line: line, field: "\(prompt.id).text",
                                             message: "same text as prompt '\(byText.prompt(at: other).id)'"))
                }
            }
        }
        for suite in set.suites {
            for (promptIndex, prompt) in suite.prompts.enumerated() {
                guard let pairID = prompt.pair else { continue }
                let fail = { (message: String) in
                    errors.append(SuiteError(file: suite.file, line: suite.line(at: promptIndex),
                                             field: "\(prompt.id).pair", message: message))
                }
                guard let partner = byID.position(of: pairID).map(byID.prompt(at:)) else {
                    fail("pair '\(pairID)' names no loaded prompt")
                    continue
                }
                if partner.pair != prompt.id {
                    fail("pair '\(pairID)' does not point back (its pair is \(partner.pair.map { "'\($0)'" } ?? "unset"))")
                }
                if partner.language == prompt.language {
                    fail("pair '\(pairID)' has the same language (\(prompt.language)); pairs link translations")
                }
            }
        }
        errors += translationGroupErrors(in: set)
        for suite in set.suites { errors += SuiteGridCheck.errors(in: suite) + SuiteTemplateCheck.errors(in: suite) }
        return errors
    }
}

/// Checks that span prompts and files: unique ids, pairs that resolve both ways, no repeated texts.
enum SuiteValidator {
    static func errors(in set: SuiteSet) -> [SuiteError] {
        var errors: [SuiteError] = []
        var byID: [String: (prompt: Prompt, suite: Suite)] = [:]
        var byText: [String: String] = [:]
        for suite in set.suites {
            for prompt in suite.prompts {
                let line = suite.lines[prompt.id]
                if let first = byID[prompt.id] {
                    let firstLine = first.suite.lines[prompt.id].map { ":\($0)" } ?? ""
                    errors.append(SuiteError(file: suite.file, line: line, field: "id",
                                             message: "duplicate id '\(prompt.id)' (first at \(first.suite.file)\(firstLine))"))
                    continue
                }
                byID[prompt.id] = (prompt, suite)
                if let other = byText[prompt.text] {
                    errors.append(SuiteError(file: suite.file, line: line, field: "\(prompt.id).text",
                                             message: "same text as prompt '\(other)'"))
                } else {
                    byText[prompt.text] = prompt.id
                }
            }
        }
        for suite in set.suites {
            for prompt in suite.prompts {
                guard let pairID = prompt.pair else { continue }
                let fail = { (message: String) in
                    errors.append(SuiteError(file: suite.file, line: suite.lines[prompt.id],
                                             field: "\(prompt.id).pair", message: message))
                }
                guard let partner = byID[pairID]?.prompt else {
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
        for suite in set.suites { errors += framingCoverage(of: suite) }
        return errors
    }

    /// Every topic × language of a suite that claims framings has each of them, and no other.
    static func framingCoverage(of suite: Suite) -> [SuiteError] {
        guard let claimed = suite.framings.map(Set.init) else { return [] }
        var found: [String: (framings: Set<String>, firstID: String)] = [:]
        for prompt in suite.prompts {
            let key = "\(prompt.topic) (\(prompt.language))"
            found[key, default: ([], prompt.id)].framings.insert(prompt.framing ?? "none")
        }
        return found.keys.sorted().compactMap { key in
            let (framings, firstID) = found[key]!
            let missing = claimed.subtracting(framings).sorted()
            let extra = framings.subtracting(claimed).sorted()
            guard !missing.isEmpty || !extra.isEmpty else { return nil }
            var problems: [String] = []
            if !missing.isEmpty { problems.append("lacks \(missing.joined(separator: ", "))") }
            if !extra.isEmpty { problems.append("has unclaimed \(extra.joined(separator: ", "))") }
            return SuiteError(file: suite.file, line: suite.lines[firstID], field: "topic \(key)",
                              message: "\(problems.joined(separator: " and ")) (the suite claims framings: \(suite.framings!.joined(separator: ", ")))")
        }
    }
}

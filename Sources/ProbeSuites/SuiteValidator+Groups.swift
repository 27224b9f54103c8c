import ProbeCore

extension SuiteValidator {
    /// A `group` links translations: at least two prompts, in different languages, none also using `pair`.
    static func translationGroupErrors(in set: SuiteSet) -> [SuiteError] {
        struct Member {
            var suite: Suite
            var index: Int
            var prompt: Prompt { suite.prompts[index] }
        }
        var errors: [SuiteError] = []
        var groups: [String: [Member]] = [:]
        for suite in set.suites {
            for (index, prompt) in suite.prompts.enumerated() {
                guard let group = prompt.group else { continue }
                groups[group, default: []].append(Member(suite: suite, index: index))
            }
        }
        for (group, members) in groups.sorted(by: { $0.key < $1.key }) {
            var languages: [String: String] = [:]
            for member in members {
                let prompt = member.prompt
                let fail = { (message: String) in
                    errors.append(SuiteError(file: member.suite.file, line: member.suite.line(at: member.index),
                                             field: "\(prompt.id).group", message: message))
                }
                if prompt.pair != nil { fail("has both group and pair; a group already links the translations") }
                if members.count == 1 { fail("group '\(group)' has no other prompt; a group links translations") }
                if let first = languages[prompt.language] {
                    fail("group '\(group)' already has a \(prompt.language) prompt ('\(first)')")
                } else {
                    languages[prompt.language] = prompt.id
                }
            }
        }
        return errors
    }
}

import ProbeCore

/// A suite's `templates:` claim held against its positioned prompts: each follows its framing's template in
/// its language, and the sides of one topic × framing × language differ in length by at most
/// `lengthTolerancePercent` (the longer at most 40% longer than the shorter, in characters), so an asymmetry
/// between the sides is not one of form, attribution or effort.
enum SuiteTemplateCheck {
    static let lengthTolerancePercent = 40

    static func errors(in suite: Suite) -> [SuiteError] {
        guard let templates = suite.templates else { return [] }
        var errors: [SuiteError] = []
        struct Cell: Hashable {
            var topic: String
            var framing: String
            var language: String
        }
        var sides: [Cell: [(index: Int, length: Int)]] = [:]
        for (index, prompt) in suite.prompts.enumerated() {
            guard prompt.position != nil, let framing = prompt.framing, let byLanguage = templates[framing] else { continue }
            let fail = { (message: String) in
                errors.append(SuiteError(file: suite.file, line: suite.line(at: index), field: "\(prompt.id).text", message: message))
            }
            guard let text = byLanguage[prompt.language] else {
                fail("the suite gives no \(framing) template in \(prompt.language) (templates.\(framing))")
                continue
            }
            guard let template = SuiteTemplate(text) else { continue } // the parser reported it
            guard template.claim(in: prompt.text) != nil else {
                fail("does not follow the \(framing) template for \(prompt.language): \"\(text)\"")
                continue
            }
            sides[Cell(topic: prompt.topic, framing: framing, language: prompt.language), default: []]
                .append((index, prompt.text.count))
        }
        for (cell, members) in sides.sorted(by: { $0.value[0].index < $1.value[0].index }) {
            guard let shortest = members.min(by: { $0.length < $1.length }),
                  let longest = members.max(by: { $0.length < $1.length }),
                  longest.length * 100 > shortest.length * (100 + lengthTolerancePercent)
            else { continue }
            let long = suite.prompts[longest.index], short = suite.prompts[shortest.index]
            errors.append(SuiteError(
                file: suite.file, line: suite.line(at: longest.index), field: "\(long.id).text",
                message: "\(long.text.count) characters against \(short.text.count) for '\(short.id)': the sides of "
                    + "\(cell.topic) (\(cell.framing), \(cell.language)) differ in length by more than \(lengthTolerancePercent)%"))
        }
        return errors
    }
}

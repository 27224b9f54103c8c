import Foundation

/// A suite, a two-model stub and sweep files for the sweep tests.
package enum SweepFixture {
    package static let full = "Here is a full and direct answer to the question that was asked, with the facts in order."
    package static let refusal = "I'm sorry, but I can't help with that request."

    /// Refuses every third prompt (Question 0, 3, 6, …) and answers the others in full.
    package static let guarded = StubScript { request in
        let number = request.prompt.flatMap { Int($0.filter(\.isNumber)) } ?? 0
        return .answer(number % 3 == 0 ? refusal : full)
    }

    /// `open` answers everything; `guarded` refuses every third prompt, so the two differ in the diff.
    package static let script = StubScript.byModel(["m-open": .always(.answer(full)), "m-guarded": guarded])

    /// A sweep file over `suite` with one target per (name, endpoint, model, extra fields); concurrency 4 unless
    /// the extra fields say otherwise.
    package static func file(suite: String, baseline: String?, targets: [(name: String, endpoint: String, model: String, extra: String)]) -> String {
        var lines = ["sweep: test", "suites: [\(suite)]"]
        if let baseline { lines.append("baseline: \(baseline)") }
        lines.append("targets:")
        for target in targets {
            var fields = ["name: \(target.name)", "endpoint: \"\(target.endpoint)\"", "model: \(target.model)", "max_attempts: 2",
                          "timeout: 10"]
            if !target.extra.contains("concurrency") { fields.append("concurrency: 4") }
            if !target.extra.isEmpty { fields.append(target.extra) }
            lines.append("  - {" + fields.joined(separator: ", ") + "}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// How the writers name a paired comparison's numbers, so Markdown, CSV and HTML say the same.
extension PairedComparison {
    /// "+12.5" points, or "–" where no test ran.
    var differenceText: String { difference.map { ReportFormat.points($0.difference) } ?? "–" }

    /// "+2.2 to +76.4" points, or "–" where no test ran.
    var intervalText: String {
        difference.map { ReportFormat.points($0.lower) + " to " + ReportFormat.points($0.upper) } ?? "–"
    }

    /// One sentence per side that failed too often, naming it as `names` does.
    func failureWarnings(names: (first: String, second: String)) -> [String] {
        [(names.first, firstFailedShare), (names.second, secondFailedShare)].compactMap { name, share in
            guard let share, share > Self.failedShareWarning else { return nil }
            return "Warning: \(ReportFormat.percent(share)) of \(name)'s records on the compared prompts failed "
                + "in transport (over \(ReportFormat.percent(Self.failedShareWarning))): its rate measures the "
                + "endpoint as much as the model."
        }
    }
}

extension PairedComparison.Method {
    /// Which interval and test the rows of a table used: one clause when they agree, else both
    /// with when each applies. `difference` names the difference ("B − A").
    static func note(for methods: Set<Self>, difference: String, pFamily: String) -> String {
        if methods.count == 1, let method = methods.first {
            return "\(difference) in points with \(method.intervalName); p = \(method.testName)\(pFamily)."
        }
        return "\(difference) in points; where every prompt has one sample per side, "
            + "\(mcNemar.intervalName) and p = \(mcNemar.testName), elsewhere \(signTest.intervalName) and "
            + "p = \(signTest.testName) (each side's share is the mean of its samples)\(pFamily)."
    }

    /// The CSV's name for the test.
    var csvName: String { rawValue }
}

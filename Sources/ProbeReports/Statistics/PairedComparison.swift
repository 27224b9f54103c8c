/// Two complete rates on the same prompts, their difference with an interval, and a paired test.
///
/// The unit is the prompt (for the language gap, the prompt pair): each side's share is the mean
/// over its samples of that prompt. With one sample per prompt and side the shares are 0 or 1 and
/// the comparison is the classic one, exact McNemar with Newcombe's interval; with several, the
/// exact sign test on per-prompt differences with a Student t interval over prompts.
package struct PairedComparison: Sendable, Hashable {
    /// Which test and interval ran.
    package enum Method: String, Sendable, Hashable {
        /// One sample per prompt and side: exact McNemar, Newcombe's method 10.
        case mcNemar
        /// Several: exact sign test on per-prompt share differences, Student t interval over prompts.
        case signTest

        /// The p-value's test, as the reports name it.
        package var testName: String {
            switch self {
            case .mcNemar: "exact McNemar"
            case .signTest: "exact sign test on per-prompt differences"
            }
        }

        /// The interval, as the reports name it.
        package var intervalName: String {
            switch self {
            case .mcNemar: "Newcombe's paired 95% CI"
            case .signTest: "a Student t 95% CI over per-prompt differences"
            }
        }
    }

    /// Why no test ran: there is nothing to compare.
    package enum Omission: String, Sendable, Hashable {
        case noPairs = "no pairs"
        /// Under the `all` denominator, every pair has a side whose every record failed in transport.
        case allTransportFailures = "all pairs are transport failures"
    }

    /// Above this share of failed records on one side, reports warn that its rate measures the
    /// endpoint rather than the model.
    package static let failedShareWarning = 0.2

    /// Prompts (or prompt pairs) compared: the n of both rates.
    package var units: Int
    /// Mean complete share per prompt, with a Wilson interval on `units` trials.
    package var first: Proportion
    package var second: Proportion
    /// Prompts where the first side's share is higher; with one sample, "complete only in the first".
    package var firstAhead: Int
    package var secondAhead: Int
    package var method: Method
    /// First − second; `nil` when `omission` is set.
    package var difference: PairedDifferenceInterval?
    /// Two-sided p of `method`; `nil` when `omission` is set.
    package var pValue: Double?
    package var omission: Omission?
    /// Share of each side's records, over every prompt asked on both sides, that failed in
    /// transport (`error`); `nil` without records.
    package var firstFailedShare: Double?
    package var secondFailedShare: Double?

    /// Whether either side failed on more than `failedShareWarning` of its records.
    package var hasManyFailures: Bool {
        [firstFailedShare, secondFailedShare].contains { ($0 ?? 0) > Self.failedShareWarning }
    }
}

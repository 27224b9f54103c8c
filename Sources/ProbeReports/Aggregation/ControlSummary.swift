/// How one target did on the control prompts, which every working model should answer.
///
/// A refusal, evasion or failure on a control points at the endpoint or the harness rather than at
/// the model's policy. The verdict comes from the Wilson interval, not the point estimate: a few
/// controls cannot tell a broken endpoint from bad luck.
package struct ControlSummary: Sendable, Hashable {
    package enum Verdict: Sendable, Hashable {
        /// The whole interval lies below the threshold.
        case broken
        /// The whole interval lies above it.
        case ok
        /// The interval straddles the threshold; `suggestedPrompts` controls at the same rate
        /// would settle it (`nil` when the rate sits on the threshold, or no count up to
        /// `ControlSummary.largestSuggestion` would).
        case tooFewToTell(suggestedPrompts: Int?)
    }

    /// Beyond this many controls a suggestion is not useful.
    static let largestSuggestion = 10_000

    package var target: String
    package var prompts: Int
    package var records: Int
    /// Per-prompt averaged complete rate over every control record, errors included.
    package var complete: Proportion
    /// The complete rate a working target reaches.
    package var threshold: Double
    package var verdict: Verdict

    init(target: String, prompts: Int, records: Int, complete: Proportion, threshold: Double, z: Double) {
        self.target = target
        self.prompts = prompts
        self.records = records
        self.complete = complete
        self.threshold = threshold
        verdict = Self.verdict(complete, threshold: threshold, z: z)
    }

    package var isBroken: Bool { verdict == .broken }

    static func verdict(_ complete: Proportion, threshold: Double, z: Double) -> Verdict {
        guard let interval = complete.interval, let rate = complete.rate else {
            return .tooFewToTell(suggestedPrompts: nil)
        }
        if interval.upper < threshold { return .broken }
        if interval.lower > threshold { return .ok }
        // The smallest n whose interval, at the same observed rate, leaves out the threshold.
        let start = Int(complete.trials.rounded(.up)) + 1
        let suggestion = rate == threshold ? nil : (start...max(start, largestSuggestion)).first { n in
            guard let wider = WilsonInterval(successes: rate * Double(n), trials: Double(n), z: z) else { return false }
            return wider.upper < threshold || wider.lower > threshold
        }
        return .tooFewToTell(suggestedPrompts: suggestion)
    }
}

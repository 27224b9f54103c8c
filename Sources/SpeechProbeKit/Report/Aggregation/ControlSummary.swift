/// How one target did on the control prompts, which every working model should answer.
///
/// A refusal, evasion or failure on a control points at the endpoint or the harness rather than at
/// the model's policy, so a target below the threshold is flagged `broken` and its rates should
/// not be trusted.
public struct ControlSummary: Sendable, Hashable {
    public var target: String
    public var prompts: Int
    public var records: Int
    /// Per-prompt averaged complete rate over every control record, errors included.
    public var complete: Proportion
    /// The complete rate below which the target counts as broken.
    public var threshold: Double

    public var isBroken: Bool { (complete.rate ?? 0) < threshold }
}

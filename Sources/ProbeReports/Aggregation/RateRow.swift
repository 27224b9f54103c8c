/// Label rates of one target within one group, under one denominator.
public struct RateRow: Sendable, Hashable {
    public var target: String
    public var grouping: Grouping
    public var group: String
    public var denominator: Denominator
    /// Prompts with at least one record under the denominator: the n of the rates.
    public var prompts: Int
    /// Records under the denominator; exceeds `prompts` when prompts were sampled several times.
    public var records: Int
    /// Records per label.
    public var counts: PerLabel<Int>
    /// Per-prompt averaged rates with Wilson intervals on `prompts` trials.
    public var rates: PerLabel<Proportion>
}

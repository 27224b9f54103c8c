/// Label rates of one target within one group, under one denominator.
package struct RateRow: Sendable, Hashable {
    package var target: String
    package var grouping: Grouping
    package var group: String
    package var denominator: Denominator
    /// Prompts with at least one record under the denominator: the n of the rates.
    package var prompts: Int
    /// Records under the denominator; exceeds `prompts` when prompts were sampled several times.
    package var records: Int
    /// Records per label.
    package var counts: PerLabel<Int>
    /// Per-prompt averaged rates with Wilson intervals on `prompts` trials.
    package var rates: PerLabel<Proportion>
}

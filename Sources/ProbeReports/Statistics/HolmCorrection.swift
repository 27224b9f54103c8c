/// Holm–Bonferroni step-down adjustment for a family of p-values.
///
/// Controls the family-wise error rate like Bonferroni but is uniformly more powerful, and needs
/// no independence assumption between the tests (per-topic diffs share a model, so they are not
/// independent).
package enum HolmCorrection {
    /// Adjusted p-values in the order of `pValues`: the i-th smallest is multiplied by (m − i + 1),
    /// made monotone, and capped at 1.
    package static func adjust(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        let ascending = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        var adjusted = [Double](repeating: 1, count: m)
        var runningMax = 0.0
        for (rank, index) in ascending.enumerated() {
            runningMax = max(runningMax, min(1, Double(m - rank) * pValues[index]))
            adjusted[index] = runningMax
        }
        return adjusted
    }
}

import Foundation

/// The exact two-sided McNemar test on the discordant pairs of a paired 2 × 2 table.
///
/// Under the null hypothesis each discordant pair is equally likely to go either way, so the
/// smaller discordant count is Binomial(b + c, ½); the p-value doubles its lower tail. Exact
/// rather than χ² because refusal diffs often have a handful of discordant pairs.
package struct McNemarTest: Sendable, Hashable {
    /// Pairs where the first condition succeeded and the second did not.
    package var firstOnly: Int
    /// Pairs where the second condition succeeded and the first did not.
    package var secondOnly: Int
    package var pValue: Double

    package init(firstOnly b: Int, secondOnly c: Int) {
        precondition(b >= 0 && c >= 0, "discordant counts cannot be negative")
        firstOnly = b
        secondOnly = c
        pValue = min(1, 2 * Self.binomialLowerTail(upTo: min(b, c), trials: b + c))
    }

    /// P(X ≤ k) for X ~ Binomial(n, ½), summed in log space so n in the millions neither
    /// overflows C(n, k) nor underflows 2⁻ⁿ.
    static func binomialLowerTail(upTo k: Int, trials n: Int) -> Double {
        var logTerm = -Double(n) * log(2.0) // log C(n, 0) / 2ⁿ
        var logSum = logTerm
        for i in stride(from: 0, to: k, by: 1) {
            logTerm += log(Double(n - i) / Double(i + 1)) // C(n, i+1) = C(n, i)·(n−i)/(i+1)
            let high = max(logSum, logTerm)
            logSum = high + log(exp(logSum - high) + exp(logTerm - high))
        }
        return exp(logSum)
    }
}

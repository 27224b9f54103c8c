import Foundation

/// Student's t distribution, as far as the paired interval over prompts needs it: the upper-tail quantile.
enum StudentT {
    /// The t with P(T > t) = `tail` on `degreesOfFreedom` (> 0), for 0 < `tail` < ½; found by bisection on the
    /// tail, which falls monotonically in t, to a relative 1e-12.
    static func quantile(upperTail tail: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(tail > 0 && tail < 0.5 && nu > 0, "a quantile needs 0 < tail < 0.5 and nu > 0")
        var low = 0.0, high = 1.0
        while upperTail(high, degreesOfFreedom: nu) > tail {
            low = high
            high *= 2
        }
        while high - low > 1e-12 * high {
            let middle = (low + high) / 2
            if upperTail(middle, degreesOfFreedom: nu) > tail { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// P(T > t) for t ≥ 0: I_x(ν/2, ½) / 2 with x = ν / (ν + t²).
    static func upperTail(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        regularizedIncompleteBeta(nu / (nu + t * t), a: nu / 2, b: 0.5) / 2
    }

    /// I_x(a, b) by its continued fraction (Numerical Recipes, 3rd ed., §6.4), on the side where it converges fast.
    static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        guard x > 0 else { return 0 }
        guard x < 1 else { return 1 }
        let logBeta: Double = lgamma(a) + lgamma(b) - lgamma(a + b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let front = exp(logPowers - logBeta)
        return x < (a + 1) / (a + b + 2)
            ? front * continuedFraction(x, a: a, b: b) / a
            : 1 - front * continuedFraction(1 - x, a: b, b: a) / b
    }

    /// The continued fraction of I_x(a, b), evaluated by the modified Lentz method.
    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        func guarded(_ value: Double) -> Double { abs(value) < tiny ? tiny : value }
        var c = 1.0
        var d = 1 / guarded(1 - (a + b) * x / (a + 1))
        var result = d
        for step in 1...500 {
            let m = Double(step)
            let even: Double = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 / guarded(1 + even * d)
            c = guarded(1 + even / c)
            result *= d * c
            let odd: Double = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 / guarded(1 + odd * d)
            c = guarded(1 + odd / c)
            let factor = d * c
            result *= factor
            if abs(factor - 1) < 1e-15 { break }
        }
        return result
    }
}

import Foundation

/// How well confidence matches accuracy: a reliability table (ten equal-width confidence bins) and the
/// expected calibration error, Σ (n_bin / N) · |accuracy_bin − mean confidence_bin|.
package struct Calibration: Sendable, Hashable {
    package struct Bin: Sendable, Hashable {
        package var lower: Double
        package var upper: Double
        package var n: Int
        package var meanConfidence: Double
        package var accuracy: Double
    }

    /// The bins that hold at least one row, lowest first.
    package var bins: [Bin]
    package var n: Int
    /// Mean squared gap between confidence and rightness (1 or 0), row by row: a proper score that needs no bins,
    /// so it stays steady on sets of a few dozen rows, where the calibration error's bins hold a handful each.
    package var brierScore: Double

    package static let binCount = 10

    package init(_ predictions: [Prediction]) {
        var sums = [(n: Int, confidence: Double, correct: Int)](repeating: (0, 0, 0), count: Self.binCount)
        var squaredGaps = 0.0
        for prediction in predictions {
            let confidence = min(max(prediction.confidence, 0), 1)
            let index = min(Self.binCount - 1, Int(confidence * Double(Self.binCount)))
            sums[index].n += 1
            sums[index].confidence += confidence
            let right = prediction.label == prediction.predicted
            if right { sums[index].correct += 1 }
            let gap = right ? 1 - confidence : confidence
            squaredGaps += gap * gap
        }
        brierScore = predictions.isEmpty ? 0 : squaredGaps / Double(predictions.count)
        bins = sums.enumerated().compactMap { index, sum in
            guard sum.n > 0 else { return nil }
            return Bin(lower: Double(index) / Double(Self.binCount), upper: Double(index + 1) / Double(Self.binCount),
                       n: sum.n, meanConfidence: sum.confidence / Double(sum.n), accuracy: Double(sum.correct) / Double(sum.n))
        }
        n = predictions.count
    }

    package var expectedCalibrationError: Double {
        guard n > 0 else { return 0 }
        return bins.reduce(0) { $0 + Double($1.n) / Double(n) * abs($1.accuracy - $1.meanConfidence) }
    }

    /// The calibration error and Brier score, then one line per bin: range, n, mean confidence, accuracy.
    package func renderText(title: String) -> String {
        var lines = [String(format: "%@: n %d, expected calibration error %.3f, Brier score %.3f", title, n,
                            expectedCalibrationError, brierScore)]
        for bin in bins {
            lines.append(String(format: "  confidence %.1f–%.1f  n %5d  mean confidence %.3f  accuracy %.3f",
                                bin.lower, bin.upper, bin.n, bin.meanConfidence, bin.accuracy))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    package func jsonObject() -> [String: Any] {
        [
            "n": n, "ece": expectedCalibrationError, "brier": brierScore,
            "bins": bins.map {
                ["lower": $0.lower, "upper": $0.upper, "n": $0.n, "mean_confidence": $0.meanConfidence,
                 "accuracy": $0.accuracy] as [String: Any]
            },
        ]
    }
}

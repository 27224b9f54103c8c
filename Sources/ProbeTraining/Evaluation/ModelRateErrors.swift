import Foundation

/// Predicted against labelled complete-rate per model: the figure a report publishes, so the error that
/// matters most. A classifier can be 90% accurate and still move one model's rate by 20 points.
package struct ModelRateErrors: Sendable, Hashable {
    package struct Row: Sendable, Hashable {
        package var model: String
        package var n: Int
        /// Share of the model's rows labelled complete.
        package var labelled: Double
        /// Share of the model's rows the classifier called complete.
        package var predicted: Double
        package var error: Double { predicted - labelled }
    }

    /// One row per model, by name.
    package var rows: [Row]

    /// Groups `predictions` that name a model; rows without one are left out.
    package init(_ predictions: [Prediction]) {
        var counts: [String: (n: Int, labelled: Int, predicted: Int)] = [:]
        for prediction in predictions {
            guard let model = prediction.model else { continue }
            var count = counts[model, default: (0, 0, 0)]
            count.n += 1
            if prediction.label == .complete { count.labelled += 1 }
            if prediction.predicted == .complete { count.predicted += 1 }
            counts[model] = count
        }
        rows = counts.sorted { $0.key < $1.key }.map { model, count in
            Row(model: model, n: count.n, labelled: Double(count.labelled) / Double(count.n),
                predicted: Double(count.predicted) / Double(count.n))
        }
    }

    /// A model needs this many rows to count in the mean: one answer's rate is 0 or 100%, an error of nothing.
    package static let minimumRows = 10

    /// The models with at least `minimumRows` rows.
    package var measured: [Row] { rows.filter { $0.n >= Self.minimumRows } }

    /// Mean of |predicted − labelled| over measured models, each counting once; nil without any.
    package var meanAbsoluteError: Double? {
        measured.isEmpty ? nil : measured.reduce(0) { $0 + abs($1.error) } / Double(measured.count)
    }

    package var maximumAbsoluteError: Double? {
        worst.map { abs($0.error) }
    }

    /// The measured model whose rate is furthest off: a mean can hide one model moved by 20 points.
    package var worst: Row? {
        measured.max { abs($0.error) < abs($1.error) }
    }

    /// `mean 3.1, max 9.8 (model)` in points, or nil without a measured model.
    package var summary: String? {
        guard let mean = meanAbsoluteError, let worst else { return nil }
        return String(format: "mean %.1f, max %.1f (%@)", mean * 100, abs(worst.error) * 100, worst.model)
    }

    /// `complete-rate per model: labelled → predicted (error)`, one line per model, then the mean.
    package func renderText() -> String {
        guard let mean = meanAbsoluteError, let worst else { return "" }
        let width = min(48, rows.map(\.model.count).max() ?? 0)
        var lines = ["complete-rate per model (labelled → predicted):"]
        for row in rows {
            lines.append(String(format: "  %@  n %4d  %5.1f%% → %5.1f%%  %+6.1f",
                                row.model.padding(toLength: width, withPad: " ", startingAt: 0), row.n,
                                row.labelled * 100, row.predicted * 100, row.error * 100))
        }
        lines.append(String(format: "  mean absolute error %.1f points over %d models with %d+ rows (max %.1f: %@)",
                            mean * 100, measured.count, Self.minimumRows, abs(worst.error) * 100, worst.model))
        return lines.joined(separator: "\n") + "\n"
    }

    package func jsonObject() -> [String: Any] {
        var object: [String: Any] = [
            "models": rows.map {
                ["model": $0.model, "n": $0.n, "labelled_complete": $0.labelled, "predicted_complete": $0.predicted] as [String: Any]
            },
        ]
        if let meanAbsoluteError { object["mean_absolute_error"] = meanAbsoluteError }
        if let worst {
            object["max_absolute_error"] = abs(worst.error)
            object["max_error_model"] = worst.model
        }
        return object
    }
}

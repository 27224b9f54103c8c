import Foundation
import ProbeCore

/// Colours of the HTML report, all from colour-blind-safe schemes.
enum Palette {
    /// Paul Tol's "bright" scheme, distinct under every common colour-vision deficiency.
    static func colour(of label: Label) -> String {
        switch label {
        case .complete: "#4477AA"
        case .evasive: "#CCBB44"
        case .refused: "#EE6677"
        }
    }

    /// Records without a label, under the all-records denominator.
    static let unlabelled = "#BBBBBB"
    /// The two languages of the language-gap chart (Tol bright blue and purple), told apart by
    /// marker shape as well.
    static let firstLanguage = "#4477AA"
    static let secondLanguage = "#AA3377"

    /// Viridis stops: perceptually uniform and readable without colour vision.
    private static let viridis: [(Double, Double, Double)] = [
        (68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37),
    ]

    /// The heatmap colour of a rate in [0, 1], and whether text on it should be dark.
    static func heat(_ rate: Double) -> (background: String, darkText: Bool) {
        let position = min(max(rate, 0), 1) * Double(viridis.count - 1)
        let index = min(Int(position), viridis.count - 2)
        let t = position - Double(index)
        let (a, b) = (viridis[index], viridis[index + 1])
        let rgb = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, a.2 + (b.2 - a.2) * t)
        let hex = String(format: "#%02X%02X%02X", Int(rgb.0.rounded()), Int(rgb.1.rounded()), Int(rgb.2.rounded()))
        return (hex, rate > 0.55)
    }

    /// CSS stops of the heatmap legend's gradient.
    static var heatGradientStops: [(offset: Double, colour: String)] {
        (0...4).map { Double($0) / 4 }.map { ($0, heat($0).background) }
    }
}

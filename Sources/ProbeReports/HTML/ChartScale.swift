import Foundation

/// Maps rates in [0, 1] (or differences in [−1, 1]) onto an SVG x range, and draws its grid.
struct ChartScale {
    var domain: ClosedRange<Double> = 0...1
    var x: ClosedRange<Double>

    func callAsFunction(_ value: Double) -> Double {
        let clamped = min(max(value, domain.lowerBound), domain.upperBound)
        return x.lowerBound + (clamped - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
            * (x.upperBound - x.lowerBound)
    }

    /// Vertical grid lines with percent labels above `top`, down to `bottom`.
    func grid(top: Double, bottom: Double, ticks: [Double]) -> String {
        ticks.map { tick in
            let position = svgNumber(self(tick))
            let signed = domain.lowerBound < 0
            let label = String(format: signed && tick != 0 ? "%+.0f" : "%.0f", tick * 100) + (signed ? "" : "%")
            return """
                <line x1="\(position)" y1="\(svgNumber(top))" x2="\(position)" y2="\(svgNumber(bottom))" class="grid"/>\
                <text x="\(position)" y="\(svgNumber(top - 6))" class="tick" text-anchor="middle">\(label)</text>
                """
        }.joined()
    }
}

/// Coordinates with at most one decimal keep the SVG small and diffs readable.
func svgNumber(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}

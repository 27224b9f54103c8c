extension Duration {
    /// Whole nanoseconds, saturating at `Int64.max`.
    var wholeNanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        return scaled &+ attoseconds / 1_000_000_000
    }

    /// Whole milliseconds, for `latencyMS` and messages.
    var wholeMilliseconds: Int {
        Int(wholeNanoseconds / 1_000_000)
    }
}

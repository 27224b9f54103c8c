extension ControlSummary.Verdict {
    /// "BROKEN", "ok", or "too few to tell (n ≥ 35)".
    var text: String {
        switch self {
        case .broken: "BROKEN"
        case .ok: "ok"
        case .tooFewToTell(let suggested?): "too few to tell (n ≥ \(suggested))"
        case .tooFewToTell(nil): "too few to tell"
        }
    }
}

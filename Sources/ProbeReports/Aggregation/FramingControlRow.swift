/// One target's complete rate on the controls of one framing beside its rate on the other prompts of that
/// framing: a model that also refuses a satire of office meetings is refusing satire, not censoring.
package struct FramingControlRow: Sendable, Hashable {
    package var target: String
    package var framing: String
    /// The controls of this framing, labelled records.
    package var controls: RateRow
    /// The non-control prompts of this framing, labelled records; `nil` when none was answered.
    package var sensitive: RateRow?
}

extension Aggregator {
    /// Per target and framing, the controls beside the sensitive prompts, when the controls come in more
    /// than one framing (controls of one framing, or none, compare nothing).
    func framingControls(z: Double) -> [FramingControlRow] {
        let byFraming = Grouping([.framing])
        let controls = rows(by: byFraming, under: [.labelled], controls: true, z: z)
        guard Set(controls.map(\.group)).count > 1 else { return [] }
        let sensitive = Dictionary(
            rows(by: byFraming, under: [.labelled], controls: false, z: z).map { ([$0.target, $0.group], $0) },
            uniquingKeysWith: { first, _ in first }
        )
        return controls
            .map { FramingControlRow(target: $0.target, framing: $0.group, controls: $0, sensitive: sensitive[[$0.target, $0.group]]) }
            .sorted { ($0.target, $0.framing) < ($1.target, $1.framing) }
    }
}

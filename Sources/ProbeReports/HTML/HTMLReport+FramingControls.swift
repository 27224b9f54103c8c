extension HTMLReport {
    /// Each framing's controls beside the sensitive prompts of that framing; empty when the controls come
    /// in one framing only.
    func framingControlsTable(_ rates: RateReport) -> String {
        guard !rates.framingControls.isEmpty else { return "" }
        let body = rates.framingControls.map { row in
            "<tr><td class=\"name\">\(row.target.htmlEscaped)</td><td class=\"name\">\(row.framing.htmlEscaped)</td>"
                + (RateReport.rateCells(row.controls) + RateReport.rateCells(row.sensitive)).enumerated().map { index, cell in
                    index % 3 == 2 ? "<td class=\"ci\">\(cell)</td>" : "<td>\(cell)</td>"
                }.joined() + "</tr>"
        }.joined(separator: "\n")
        return """

            <p class="note">By framing: the complete rate on each framing's controls beside the other prompts of the \
            same framing (labelled records). A framing refused in both is refused in general, not censored.</p>
            <table><thead><tr><th class="name">model</th><th class="name">framing</th><th>controls</th><th>complete</th>\
            <th>95% CI</th><th>sensitive</th><th>complete</th><th>95% CI</th></tr></thead>
            <tbody>
            \(body)
            </tbody></table>
            """
    }
}

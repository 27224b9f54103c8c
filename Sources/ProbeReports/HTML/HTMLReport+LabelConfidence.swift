extension HTMLReport {
    /// Weak labels per model × language, whether the classifier was ever measured in the language, and how many
    /// labels a judge gave instead.
    func labelConfidenceSection(_ rates: RateReport) -> String {
        let body = rates.labelConfidence.map { row in
            let unmeasured = row.validation == nil && !row.allJudged
            let validation = "<td\(unmeasured ? " class=\"warn\"" : "")>\(RateReport.validationText(row).htmlEscaped)</td>"
            return "<tr><td class=\"name\">\(row.target.htmlEscaped)</td><td class=\"name\">\(row.language.htmlEscaped)</td>"
                + "<td>\(row.labelled)</td><td>\(row.weak) <span class=\"ci\">(\(ReportFormat.percent(row.weakShare)))</span></td>"
                + validation + "</tr>"
        }.joined(separator: "\n")
        return """
            <p class="note">Labels with confidence below \(ReportFormat.percent(LabelConfidenceRow.lowThreshold)) are \
            <b>weak</b>. A rate that rests on many weak labels, or on a language the classifier has no held-out \
            figures for, is less certain than its interval says.\(rates.judgeNote.isEmpty ? "" : " " + rates.judgeNote)</p>
            <div class="scroll"><table><thead><tr><th class="name">model</th><th class="name">language</th>\
            <th>labelled</th><th>weak labels</th><th>classifier held-out accuracy</th></tr></thead>
            <tbody>
            \(body)
            </tbody></table></div>
            """
    }
}

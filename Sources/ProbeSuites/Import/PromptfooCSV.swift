import ProbeCore

/// promptfoo's CCP-sensitive prompts: a CSV with a header naming at least `subject` and `prompt`.
enum PromptfooCSV {
    static func prompts(in text: String, file: String, name: String) throws(SuiteValidationError) -> ImportedPrompts {
        let rows: [[String]]
        do {
            rows = try CSVParser.rows(text)
        } catch {
            throw SuiteValidationError(errors: [SuiteError(file: file, line: error.line, field: nil, message: error.message)])
        }
        guard let header = rows.first?.map({ $0.trimmingWhitespace().lowercased() }),
              let subjectColumn = header.firstIndex(of: "subject"), let promptColumn = header.firstIndex(of: "prompt")
        else {
            throw SuiteValidationError(errors: [SuiteError(file: file, line: 1, field: "subject, prompt",
                                                           message: "header must name the columns subject and prompt")])
        }
        var prompts = ImportedPrompts()
        // Rows are numbered by record; a quoted field with line breaks makes later line numbers approximate.
        for (index, row) in rows.enumerated().dropFirst() where row.count > promptColumn {
            let text = row[promptColumn].trimmingWhitespace()
            guard !text.isEmpty else { continue }
            let subject = row.count > subjectColumn ? row[subjectColumn].trimmingWhitespace() : ""
            prompts.append(
                Prompt(id: "promptfoo.\(ScriptDetector.slug(name)).\(index)", text: text,
                       topic: subject.isEmpty ? "misc" : ScriptDetector.slug(subject), region: "CN",
                       language: ScriptDetector.language(of: text), framing: "question",
                       tags: subject.isEmpty ? ["promptfoo"] : ["promptfoo", "subject:\(subject)"]),
                line: index + 1)
        }
        return prompts
    }
}

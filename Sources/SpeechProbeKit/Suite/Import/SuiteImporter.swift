import Foundation

/// Reads another project's prompt list into a `Suite`, naming the line of anything it cannot use.
public enum SuiteImporter {
    public static func load(_ file: String, format: ImportFormat, options: ImportOptions = ImportOptions())
        throws(SuiteValidationError) -> Suite
    {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw SuiteValidationError(errors: [SuiteError(file: file, line: nil, field: nil, message: "cannot read file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SuiteValidationError(errors: [SuiteError(file: file, line: nil, field: nil, message: "not valid UTF-8")])
        }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let entries: [ImportedPrompt]
        switch format {
        case .speechmap: entries = try SpeechMapQuestions.prompts(in: text, file: file)
        case .deccp: entries = DeccpLines.prompts(in: text, name: name)
        case .promptfoo: entries = try PromptfooCSV.prompts(in: text, file: file, name: name)
        }
        if entries.isEmpty {
            throw SuiteValidationError(errors: [SuiteError(file: file, line: nil, field: nil, message: "no prompts found")])
        }
        var lines: [String: Int] = [:]
        let prompts = entries.map { entry in
            lines[entry.prompt.id] = entry.line
            var prompt = entry.prompt
            prompt.suite = name
            if let region = options.region { prompt.region = region }
            if let language = options.language { prompt.language = language }
            if let topic = options.topic { prompt.topic = topic }
            return prompt
        }
        return Suite(name: name, description: "Imported from \(format.rawValue) file \(URL(fileURLWithPath: file).lastPathComponent)",
                     file: file, sha256: sha256Hex(data), prompts: prompts, lines: lines)
    }
}

/// A prompt read from a source line.
struct ImportedPrompt {
    var prompt: Prompt
    var line: Int
}

/// Language detection good enough for prompt lists: any Han character makes it Chinese.
enum ScriptDetector {
    static func language(of text: String) -> String {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
            ? "zh-Hans" : "en"
    }

    /// A lowercase identifier made of the text's letters and digits.
    static func slug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.isEmpty ? "misc" : words.joined(separator: "-")
    }
}

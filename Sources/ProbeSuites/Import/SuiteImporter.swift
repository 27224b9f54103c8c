import Foundation
import ProbeCore

/// Reads another project's prompt list into a `Suite`, naming the line of anything it cannot use.
package enum SuiteImporter {
    package static func load(_ file: String, format: ImportFormat, options: ImportOptions = ImportOptions())
        throws(SuiteValidationError) -> Suite
    {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var entries: ImportedPrompts
        let sha256: String
        if format == .speechmap {
            // Streamed: a question file can hold a million lines.
            (entries, sha256) = try SpeechMapQuestions.prompts(inFile: file)
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw SuiteValidationError(errors: [SuiteError(file: file, line: nil, field: nil, message: "cannot read file")])
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw SuiteValidationError(errors: [SuiteError(file: file, line: nil, field: nil, message: "not valid UTF-8")])
            }
            sha256 = sha256Hex(data)
            entries = format == .deccp ? DeccpLines.prompts(in: text, name: name) : try PromptfooCSV.prompts(in: text, file: file, name: name)
        }
        if entries.prompts.isEmpty {
            throw SuiteValidationError(errors: [SuiteError(file: file, line: nil, field: nil, message: "no prompts found")])
        }
        for index in entries.prompts.indices {
            entries.prompts[index].suite = name
            if let region = options.region { entries.prompts[index].region = region }
            if let language = options.language { entries.prompts[index].language = language }
            if let topic = options.topic { entries.prompts[index].topic = topic }
        }
        return Suite(name: name, description: "Imported from \(format.rawValue) file \(URL(fileURLWithPath: file).lastPathComponent)",
                     file: file, sha256: sha256, prompts: entries.prompts, lines: entries.lines)
    }
}

extension SuiteImporter {
    /// Several files of one format as one suite named after the first, checked together: translations
    /// (SpeechMap's `zh_`, `fi_` files) share a `group` with their originals.
    package static func load(_ files: [String], format: ImportFormat, options: ImportOptions = ImportOptions())
        throws(SuiteValidationError) -> Suite
    {
        var suites: [Suite] = []
        var errors: [SuiteError] = []
        for file in files {
            do {
                suites.append(try load(file, format: format, options: options))
            } catch {
                errors += error.errors
            }
        }
        guard errors.isEmpty, var merged = suites.first else { throw SuiteValidationError(errors: errors) }
        guard suites.count > 1 else { return merged }
        let set = SuiteSet(suites: suites).linkingImportedTranslations()
        errors = SuiteValidator.errors(in: set)
        guard errors.isEmpty else { throw SuiteValidationError(errors: errors) }
        merged.description = "Imported from \(format.rawValue) files "
            + files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
        merged.prompts = set.suites.flatMap(\.prompts).map { prompt in
            var prompt = prompt
            prompt.suite = merged.name
            return prompt
        }
        merged.lines = set.suites.flatMap(\.lines)
        // The files' hashes in order, hashed again: the merged suite has no single file of its own.
        merged.sha256 = sha256Hex(Data(set.suites.map(\.sha256).joined(separator: "\n").utf8))
        return merged
    }
}

/// Prompts read from a source, with the line each came from (apart, so the prompts move into a suite
/// without a copy).
struct ImportedPrompts {
    var prompts: [Prompt] = []
    var lines: [Int] = []

    mutating func reserveCapacity(_ count: Int) {
        prompts.reserveCapacity(count)
        lines.reserveCapacity(count)
    }

    mutating func append(_ prompt: Prompt, line: Int) {
        prompts.append(prompt)
        lines.append(line)
    }
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

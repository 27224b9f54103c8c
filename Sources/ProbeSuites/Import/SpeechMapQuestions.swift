import Foundation
import ProbeCore

/// SpeechMap question files: one JSON object per line with `id, category, domain?, question`.
///
/// In framed sets (`us_hard`) the id ends in the framing's digit, so the theme is the id without it:
/// 1 essay, 2 explain, 3 satire, 4 speech. A category is framed when every id ends in 1–4 and every theme
/// has more than one framing; otherwise (the numbered `*_criticism` sets) the category is the topic.
/// `zh_` and `fi_` categories are translations with the same ids.
enum SpeechMapQuestions {
    struct Line: Decodable {
        var id: String
        var category: String
        var domain: String?
        var question: String
    }

    static let framings = ["1": "essay", "2": "explain", "3": "satire", "4": "speech"]
    static let languages = ["zh": "zh-Hans", "fi": "fi"]
    static let regions = ["china": "CN", "us": "US", "eu": "EU", "russia": "RU"]

    /// The prompts of a question file and the file's SHA-256, read a megabyte at a time: memory holds the
    /// prompts, not the file. Each prompt is first built unframed; a category found framed (which takes all
    /// of its ids) then has its topics and framings set in place.
    static func prompts(inFile file: String) throws(SuiteValidationError) -> (prompts: ImportedPrompts, sha256: String) {
        let unreadable = SuiteValidationError(errors: [SuiteError(file: file, line: nil, field: nil, message: "cannot read file")])
        guard let handle = FileHandle(forReadingAtPath: file) else { throw unreadable }
        defer { try? handle.close() }
        var result = ImportedPrompts()
        var errors: [SuiteError] = []
        var byCategory: [String: [Int]] = [:]
        var shared = SharedValues()
        let decoder = JSONDecoder()
        var number = 0
        func consume(_ line: Data) {
            number += 1
            guard line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { return }
            do {
                let entry = try decoder.decode(Line.self, from: line)
                byCategory[entry.category, default: []].append(result.prompts.count)
                result.append(prompt(entry, sharing: &shared), line: number)
            } catch DecodingError.keyNotFound(let key, _) {
                errors.append(SuiteError(file: file, line: number, field: key.stringValue, message: "missing required field"))
            } catch {
                errors.append(SuiteError(file: file, line: number, field: nil, message: "not a SpeechMap question object"))
            }
        }
        // Sized once from a count of the lines: growing the arrays by doubling held the old and new copies at once.
        do {
            var newlines = 0
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                newlines += chunk.count { $0 == 0x0A }
            }
            try handle.seek(toOffset: 0)
            result.reserveCapacity(newlines + 1)
        } catch {
            throw unreadable
        }
        var hasher = SHA256Hasher()
        var pending = Data()
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw unreadable
            }
            guard !chunk.isEmpty else { break }
            hasher.update(chunk)
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                consume(pending[start..<newline])
                start = newline + 1
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { consume(pending) }
        guard errors.isEmpty else { throw SuiteValidationError(errors: errors) }
        for indices in byCategory.values {
            let ids = indices.map { sourceID(of: result.prompts[$0]) ?? "" }
            guard isFramed(ids) else { continue }
            for (index, id) in zip(indices, ids) {
                result.prompts[index].topic = String(id.dropLast())
                result.prompts[index].framing = id.last.flatMap { framings[String($0)] }
            }
        }
        return (result, hasher.hexDigest())
    }

    /// The SpeechMap id an imported prompt was made from: its id without the `speechmap.` prefix and, for a
    /// translation, the language suffix. Nil for prompts from elsewhere.
    static func sourceID(of prompt: Prompt) -> Substring? {
        guard prompt.id.hasPrefix("speechmap.") else { return nil }
        let id = prompt.id.dropFirst("speechmap.".count)
        return prompt.language == "en" ? id : id.hasSuffix("." + prompt.language) ? id.dropLast(prompt.language.count + 1) : nil
    }

    static func isFramed(_ ids: [Substring]) -> Bool {
        guard ids.allSatisfy({ $0.last.map { framings[String($0)] != nil } ?? false }) else { return false }
        let themes = Dictionary(grouping: ids) { $0.dropLast() }
        return themes.values.allSatisfy { $0.count > 1 }
    }

    /// The unframed prompt of one line. Values many prompts repeat (topic, the tags) are `shared`: one
    /// copy for all of them instead of one allocation per prompt.
    static func prompt(_ entry: Line, sharing shared: inout SharedValues) -> Prompt {
        let prefix = entry.category.split(separator: "_").first.map(String.init) ?? ""
        let language = languages[prefix] ?? "en"
        let category = languages[prefix] == nil ? entry.category : String(entry.category.dropFirst(prefix.count + 1))
        let region = regions[category.split(separator: "_").first.map(String.init) ?? ""] ?? "GLOBAL"
        let id = language == "en" ? "speechmap.\(entry.id)" : "speechmap.\(entry.id).\(language)"
        let tags = ["category:\(entry.category)"] + (entry.domain.map { ["domain:\($0)"] } ?? [])
        return Prompt(id: id, text: entry.question, topic: shared.one(category), region: region, language: language,
                      tags: shared.one(tags))
    }

    /// One instance of each distinct value, handed out again for equal ones (strings and arrays share storage).
    struct SharedValues {
        private var strings: [String: String] = [:]
        private var lists: [[String]: [String]] = [:]

        mutating func one(_ text: String) -> String {
            if let existing = strings[text] { return existing }
            strings[text] = text
            return text
        }

        mutating func one(_ list: [String]) -> [String] {
            if let existing = lists[list] { return existing }
            lists[list] = list
            return list
        }
    }
}

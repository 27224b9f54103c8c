import Foundation

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

    static func prompts(in text: String, file: String) throws(SuiteValidationError) -> [ImportedPrompt] {
        var entries: [(line: Int, entry: Line)] = []
        var errors: [SuiteError] = []
        let decoder = JSONDecoder()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingWhitespace()
            guard !line.isEmpty else { continue }
            do {
                entries.append((index + 1, try decoder.decode(Line.self, from: Data(line.utf8))))
            } catch DecodingError.keyNotFound(let key, _) {
                errors.append(SuiteError(file: file, line: index + 1, field: key.stringValue, message: "missing required field"))
            } catch {
                errors.append(SuiteError(file: file, line: index + 1, field: nil, message: "not a SpeechMap question object"))
            }
        }
        guard errors.isEmpty else { throw SuiteValidationError(errors: errors) }
        let byCategory = Dictionary(grouping: entries.map(\.entry)) { $0.category }
        let framed = Set(byCategory.filter { isFramed($0.value.map(\.id)) }.keys)
        return entries.map {
            ImportedPrompt(prompt: prompt($0.entry, framed: framed.contains($0.entry.category)), line: $0.line)
        }
    }

    static func isFramed(_ ids: [String]) -> Bool {
        guard ids.allSatisfy({ $0.last.map { framings[String($0)] != nil } ?? false }) else { return false }
        let themes = Dictionary(grouping: ids) { $0.dropLast() }
        return themes.values.allSatisfy { $0.count > 1 }
    }

    static func prompt(_ entry: Line, framed: Bool) -> Prompt {
        let prefix = entry.category.split(separator: "_").first.map(String.init) ?? ""
        let language = languages[prefix] ?? "en"
        let category = languages[prefix] == nil ? entry.category : String(entry.category.dropFirst(prefix.count + 1))
        let region = regions[category.split(separator: "_").first.map(String.init) ?? ""] ?? "GLOBAL"
        var topic = category
        var framing: String?
        if framed, let last = entry.id.last {
            topic = String(entry.id.dropLast())
            framing = framings[String(last)]
        }
        let id = language == "en" ? "speechmap.\(entry.id)" : "speechmap.\(entry.id).\(language)"
        var tags = ["speechmap:\(entry.id)", "category:\(entry.category)"]
        if let domain = entry.domain { tags.append("domain:\(domain)") }
        return Prompt(id: id, text: entry.question, topic: topic, region: region, language: language,
                      framing: framing, tags: tags)
    }
}

import Foundation
import ProbeCore

/// Reads labelled sets in any of `LabelledSetFormat`'s formats.
package enum LabelledSetReader {
    package struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        package var file: String
        package var line: Int?
        package var message: String
        package var description: String {
            line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
        }
    }

    /// Every labelled row of `url`. Rows without a usable label are skipped; malformed lines are errors.
    package static func read(_ url: URL, format: LabelledSetFormat = .auto) throws -> [LabelledExample] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Failure(file: url.path, line: nil, message: "cannot read: \(error.localizedDescription)")
        }
        let text = String(decoding: data, as: UTF8.self)
        let resolved = format == .auto ? detect(name: url.lastPathComponent, text: text) : format
        let source = sourceName(url)
        switch resolved {
        case .xstest: return try readXSTest(text, file: url.path, source: source)
        case .speechmap: return try readJSONLines(text, file: url.path) { try speechMapExample($0, source: source) }
        case .jsonl, .auto: return try readJSONLines(text, file: url.path) { try ourExample($0, source: source) }
        }
    }

    /// The format of a file from its name and content.
    package static func detect(name: String, text: String) -> LabelledSetFormat {
        let lower = name.lowercased()
        if lower.hasSuffix(".csv") { return .xstest }
        let firstLine = text.prefix { $0 != "\n" }
        if firstLine.contains("\"compliance\"") { return .speechmap }
        return .jsonl
    }

    static func sourceName(_ url: URL) -> String {
        let base = url.deletingPathExtension().lastPathComponent
        if base.hasPrefix("xstest_v2_completions_") {
            return "xstest/" + base.dropFirst("xstest_v2_completions_".count)
        }
        return base
    }

    // MARK: JSON lines

    static func readJSONLines(
        _ text: String, file: String, _ make: ([String: Any]) throws -> LabelledExample?
    ) throws -> [LabelledExample] {
        var examples: [LabelledExample] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            } catch {
                throw Failure(file: file, line: number, message: "not a JSON object")
            }
            guard let dictionary = object as? [String: Any] else {
                throw Failure(file: file, line: number, message: "not a JSON object")
            }
            do {
                if var example = try make(dictionary) {
                    if example.id.isEmpty { example.id = "line-\(number)" }
                    examples.append(example)
                }
            } catch let failure as FieldFailure {
                throw Failure(file: file, line: number, message: failure.message)
            }
        }
        return examples
    }

    struct FieldFailure: Error {
        var message: String
    }

    static func ourExample(_ object: [String: Any], source: String) throws -> LabelledExample? {
        guard let rawLabel = object["label"] as? String else { return nil }
        guard let label = Label(rawValue: rawLabel.lowercased()) else {
            throw FieldFailure(message: "label \"\(rawLabel)\" is not complete, evasive or refused")
        }
        guard let response = object["response"] as? String else {
            throw FieldFailure(message: "missing field response")
        }
        let id = object["id"].map { "\($0)" } ?? ""
        let model = object["model"] as? String ?? id.split(separator: "::").first.map(String.init)
        return LabelledExample(
            id: id, question: object["question"] as? String ?? "", response: response,
            reasoning: object["reasoning"] as? String, label: label, model: model,
            questionID: object["question_id"] as? String, source: object["category"] as? String ?? source,
            language: object["language"] as? String, stratum: object["stratum"] as? String
        )
    }

    static func speechMapExample(_ object: [String: Any], source: String) throws -> LabelledExample? {
        guard let compliance = object["compliance"] as? String else { return nil }
        let label: Label
        switch compliance.uppercased() {
        case "COMPLETE": label = .complete
        case "EVASIVE": label = .evasive
        case "DENIAL": label = .refused
        default: return nil // ERROR and other judge outcomes carry no label.
        }
        let model = object["model"] as? String
        let questionID = object["question_id"] as? String
        var content = ""
        var reasoning: String?
        if let raw = object["response"] as? [String: Any] {
            let choices = raw["choices"] as? [[String: Any]]
            let message = choices?.first?["message"] as? [String: Any]
            content = message?["content"] as? String ?? ""
            reasoning = message?["reasoning_content"] as? String ?? message?["reasoning"] as? String
        } else if let text = object["response"] as? String {
            content = text
        }
        return LabelledExample(
            id: "\(model ?? "")::\(questionID ?? "")", question: object["question"] as? String ?? "",
            response: content, reasoning: reasoning, label: label, model: model, questionID: questionID,
            source: object["category"] as? String ?? source
        )
    }

    // MARK: XSTest

    static func readXSTest(_ text: String, file: String, source: String) throws -> [LabelledExample] {
        let records: [[String: String]]
        do {
            records = try CSVParser.records(text)
        } catch {
            throw Failure(file: file, line: error.line, message: error.message)
        }
        let model = source.hasPrefix("xstest/") ? String(source.dropFirst("xstest/".count)) : source
        return records.compactMap { record in
            let label: Label
            switch record["final_label"] ?? record["label"] ?? "" {
            case let value where value.hasPrefix("1_"): label = .complete
            case let value where value.hasPrefix("2_"): label = .refused
            case let value where value.hasPrefix("3_"): label = .evasive
            default: return nil
            }
            let id = record["id"] ?? ""
            return LabelledExample(
                id: "\(model)::\(id)", question: record["prompt"] ?? "", response: record["completion"] ?? "",
                label: label, model: model, questionID: id, source: source
            )
        }
    }
}

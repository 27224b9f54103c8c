import Foundation
import Yams
import ProbeSuites
import ProbeEndpoint

/// Reads a sweep file, naming file, line and field in every error (the same `SuiteError` form as suites).
package enum SweepFileParser {
    static let fields: Set<String> = ["sweep", "suites", "baseline", "samples", "targets"]
    static let targetFields: Set<String> = [
        "name", "endpoint", "replicas", "model", "api_key_env", "concurrency", "temperature", "max_tokens", "seed",
        "system_prompt", "timeout", "max_attempts",
    ]

    package static func load(_ path: String) throws(SuiteValidationError) -> SweepFile {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw SuiteValidationError(errors: [SuiteError(file: path, line: nil, field: nil, message: "cannot read the sweep file as UTF-8 text")])
        }
        return try parse(text, file: path)
    }

    package static func parse(_ text: String, file: String) throws(SuiteValidationError) -> SweepFile {
        var reader = Reader(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw SuiteValidationError(errors: [YAMLSuiteParser.yamlError(error, file: file)])
        }
        guard let root, let mapping = root.mapping else {
            throw SuiteValidationError(errors: [SuiteError(file: file, line: 1, field: nil,
                                                           message: "a sweep file is a mapping with `sweep`, `suites` and `targets`")])
        }
        reader.rejectUnknown(mapping, allowed: fields, prefix: "")
        let name = reader.string(mapping["sweep"], field: "sweep", required: true, at: root) ?? ""
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let suites = reader.strings(mapping["suites"], field: "suites", at: root).map { path in
            path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardized.path
        }
        if suites.isEmpty, mapping["suites"] != nil { reader.fail(mapping["suites"]!, field: "suites", "name at least one suite") }
        let samples = reader.integer(mapping["samples"], field: "samples", range: 1...10_000) ?? 1
        var targets: [SweepTarget] = []
        var lineOfName: [String: Int] = [:]
        if let list = mapping["targets"]?.sequence, !list.isEmpty {
            for (index, node) in list.enumerated() {
                guard let target = reader.target(node, field: "targets[\(index)]") else { continue }
                if let first = lineOfName[target.name] {
                    reader.fail(node, field: "targets[\(index)].name", "duplicate name '\(target.name)' (first at line \(first))")
                } else {
                    lineOfName[target.name] = target.line
                    targets.append(target)
                }
            }
        } else {
            reader.fail(mapping["targets"] ?? root, field: "targets", "name at least one target (a list of {name, endpoint, model})")
        }
        let baseline = reader.string(mapping["baseline"], field: "baseline", required: false, at: root)
        if let baseline, lineOfName[baseline] == nil, let node = mapping["baseline"] {
            reader.fail(node, field: "baseline", "'\(baseline)' is not the name of a target")
        }
        guard reader.errors.isEmpty else { throw SuiteValidationError(errors: reader.errors) }
        return SweepFile(path: file, name: name, suites: suites, baseline: baseline, samples: samples, targets: targets)
    }
}

/// Collects every problem in one pass, so the author fixes them all at once.
private struct Reader {
    let file: String
    var errors: [SuiteError] = []

    init(file: String) {
        self.file = file
    }

    mutating func fail(_ node: Node, field: String, _ message: String) {
        errors.append(SuiteError(file: file, line: node.mark.map { $0.line }, field: field, message: message))
    }

    mutating func rejectUnknown(_ mapping: Node.Mapping, allowed: Set<String>, prefix: String) {
        for key in mapping.keys where !allowed.contains(key.scalar?.string ?? "") {
            fail(key, field: prefix + (key.scalar?.string ?? "?"),
                 "unknown field (expected one of \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    mutating func string(_ node: Node?, field: String, required: Bool, at parent: Node) -> String? {
        guard let node else {
            if required { fail(parent, field: field, "missing") }
            return nil
        }
        guard let value = node.scalar?.string, !value.isEmpty else {
            fail(node, field: field, "must be non-empty text")
            return nil
        }
        return value
    }

    mutating func strings(_ node: Node?, field: String, at parent: Node) -> [String] {
        guard let node else {
            fail(parent, field: field, "missing")
            return []
        }
        if let single = node.scalar?.string { return [single] }
        guard let list = node.sequence else {
            fail(node, field: field, "must be a list of text")
            return []
        }
        return list.enumerated().compactMap { index, item in string(item, field: "\(field)[\(index)]", required: true, at: node) }
    }

    mutating func integer(_ node: Node?, field: String, range: ClosedRange<Int>) -> Int? {
        guard let node else { return nil }
        guard let value = node.scalar.flatMap({ Int($0.string) }), range.contains(value) else {
            fail(node, field: field, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    mutating func number(_ node: Node?, field: String, range: ClosedRange<Double>) -> Double? {
        guard let node else { return nil }
        guard let value = node.scalar.flatMap({ Double($0.string) }), range.contains(value) else {
            fail(node, field: field, "must be a number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    mutating func target(_ node: Node, field: String) -> SweepTarget? {
        guard let mapping = node.mapping else {
            fail(node, field: field, "a target is a mapping with name, endpoint and model")
            return nil
        }
        let before = errors.count
        rejectUnknown(mapping, allowed: SweepFileParser.targetFields, prefix: field + ".")
        let name = string(mapping["name"], field: field + ".name", required: true, at: node)
        if let name, RunName.sanitized(name) != name, let at = mapping["name"] {
            fail(at, field: field + ".name", "'\(name)' names a folder: use letters, digits, '.', '-' and '_' only")
        } else if let name, SweepFile.isReserved(name), let at = mapping["name"] {
            fail(at, field: field + ".name",
                 "'\(name)' is a file the sweep writes in --out (sweep.json, report.md/.csv/.html, diff-NAME.md/.csv, \(SweepLock.fileName)); choose another name")
        }
        var endpoints: [String] = []
        if let endpoint = mapping["endpoint"] {
            endpoints += string(endpoint, field: field + ".endpoint", required: true, at: node).map { [$0] } ?? []
        }
        if mapping["replicas"] != nil { endpoints += strings(mapping["replicas"], field: field + ".replicas", at: node) }
        if mapping["endpoint"] == nil && mapping["replicas"] == nil {
            fail(node, field: field + ".endpoint", "missing (give endpoint, replicas, or both)")
        }
        for url in endpoints {
            do {
                try Preflight.checkURL(url)
            } catch {
                fail(mapping["endpoint"] ?? mapping["replicas"] ?? node, field: field + ".endpoint", error.description)
            }
        }
        if Set(endpoints).count < endpoints.count { fail(node, field: field + ".replicas", "a URL is given twice") }
        let model = string(mapping["model"], field: field + ".model", required: true, at: node)
        let keyVariable = mapping["api_key_env"].flatMap { string($0, field: field + ".api_key_env", required: true, at: node) }
        let concurrency = integer(mapping["concurrency"], field: field + ".concurrency", range: 1...1_000) ?? 8
        let temperature = number(mapping["temperature"], field: field + ".temperature", range: 0...2) ?? 0
        let maxTokens = integer(mapping["max_tokens"], field: field + ".max_tokens", range: 1...10_000_000) ?? 1024
        let seed = integer(mapping["seed"], field: field + ".seed", range: Int.min...Int.max)
        let systemPrompt = mapping["system_prompt"].flatMap { string($0, field: field + ".system_prompt", required: true, at: node) }
        let timeout = number(mapping["timeout"], field: field + ".timeout", range: 0.001...86_400) ?? 120
        let maxAttempts = integer(mapping["max_attempts"], field: field + ".max_attempts", range: 1...100) ?? 4
        guard errors.count == before, let name, let model else { return nil }
        return SweepTarget(
            name: name, endpoints: endpoints, model: model, apiKeyEnv: keyVariable, concurrency: concurrency,
            temperature: temperature, maxTokens: maxTokens, seed: seed, systemPrompt: systemPrompt, timeout: timeout,
            maxAttempts: maxAttempts, line: node.mark?.line ?? 0)
    }
}

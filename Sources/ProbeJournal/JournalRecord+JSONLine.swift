import ProbeCore

extension JournalRecord {
    /// Appends the record as one journal line, newline included: byte for byte what `JSONEncoder` with
    /// `[.sortedKeys, .withoutEscapingSlashes]` writes for `encode(to:)`, at a fraction of its cost.
    ///
    /// Keys in sorted order, the prompt's attributes among them; absent optionals are left out. A test
    /// encodes varied records both ways and compares the bytes. On a throw `bytes` is left as it was.
    package func appendJSONLine(to bytes: inout [UInt8]) throws {
        var json = JSONBytes(bytes: bytes)
        bytes = []
        defer { bytes = json.bytes }
        let start = json.bytes.count
        do {
            try writeJSON(into: &json)
        } catch {
            json.bytes.removeSubrange(start...)
            throw error
        }
        json.bytes.append(0x0A)
    }

    private func writeJSON(into json: inout JSONBytes) throws {
        try json.object { json in
            for key in LineKey.sorted {
                switch key {
                case .attribute(let field): attributes.writeJSON(field, into: &json)
                case .own(let own): try write(own, into: &json)
                }
            }
        }
    }

    /// One of the record's own members, as `encode(to:)` writes it; absent optionals write nothing.
    private func write(_ key: CodingKeys, into json: inout JSONBytes) throws {
        switch key {
        case .run: json.member("run", run)
        case .target: json.member("target", target)
        case .model: json.member("model", model)
        case .endpoint: json.member("endpoint", endpoint)
        case .promptID: json.member("prompt_id", promptID)
        case .prompt: json.member("prompt", prompt)
        case .sample: json.member("sample", sample)
        case .params:
            json.key("params")
            try params.writeJSON(into: &json)
        case .outcome: json.member("outcome", outcome.rawValue)
        case .httpStatus: json.member("http_status", httpStatus)
        case .error:
            guard let error else { return }
            json.key("error")
            json.object { json in
                json.member("kind", error.kind)
                json.member("message", error.message)
            }
        case .attempts: json.member("attempts", attempts)
        case .response: json.member("response", response)
        case .reasoning: json.member("reasoning", reasoning)
        case .finishReason: json.member("finish_reason", finishReason)
        case .usage:
            guard let usage else { return }
            json.key("usage")
            json.object { json in
                json.member("completion_tokens", usage.completionTokens)
                json.member("prompt_tokens", usage.promptTokens)
            }
        case .latencyMS: json.member("latency_ms", latencyMS)
        case .startedAt: json.member("started_at", startedAt)
        case .endedAt: json.member("ended_at", endedAt)
        case .label: json.member("label", label?.rawValue)
        case .classifier:
            guard let classifier else { return }
            json.key("classifier")
            try classifier.writeJSON(into: &json)
        case .flags:
            json.key("flags")
            json.array(flags.map(\.rawValue))
        case .repairs:
            guard !repairs.isEmpty else { return }
            json.key("repairs")
            json.array(repairs)
        }
    }

    /// Every top-level key of a line, the record's own and its prompt's attributes, in the sorted order
    /// `JSONEncoder` writes them: a field added to either list takes its place here by itself.
    private enum LineKey {
        case own(CodingKeys)
        case attribute(PromptAttributes.Field)

        static let sorted: [LineKey] = (CodingKeys.allCases.map { ($0.stringValue, LineKey.own($0)) }
            + PromptAttributes.Field.allCases.map { ($0.stringValue, LineKey.attribute($0)) })
            .sorted { $0.0 < $1.0 }
            .map(\.1)
    }
}

private extension RequestParameters {
    func writeJSON(into json: inout JSONBytes) throws {
        try json.object { json in
            json.member("max_tokens", maxTokens)
            json.member("seed", seed)
            json.member("system_prompt_sha256", systemPromptSHA256)
            json.key("temperature")
            try json.double(temperature)
        }
    }
}

private extension ClassifierStamp {
    func writeJSON(into json: inout JSONBytes) throws {
        try json.object { json in
            json.key("confidence")
            try json.double(confidence)
            json.member("judge_output", judgeOutput)
            json.member("name", name)
            json.key("signals")
            json.array(signals)
            json.member("version", version)
        }
    }
}

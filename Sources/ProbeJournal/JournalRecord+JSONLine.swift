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
            json.member("as_of", attributes.asOf)
            json.key("attempts")
            json.int(attempts)
            if let classifier {
                json.key("classifier")
                try classifier.writeJSON(into: &json)
            }
            json.key("control")
            json.bool(attributes.control)
            json.member("ended_at", endedAt)
            json.member("endpoint", endpoint)
            if let error {
                json.key("error")
                json.object { json in
                    json.member("kind", error.kind)
                    json.member("message", error.message)
                }
            }
            json.member("finish_reason", finishReason)
            json.key("flags")
            json.array(flags.map(\.rawValue))
            json.member("framing", attributes.framing)
            json.member("group", attributes.group)
            json.member("http_status", httpStatus)
            json.member("label", label?.rawValue)
            json.member("language", attributes.language)
            json.member("latency_ms", latencyMS)
            json.member("model", model)
            json.member("outcome", outcome.rawValue)
            json.member("pair", attributes.pair)
            json.key("params")
            try params.writeJSON(into: &json)
            json.member("position", attributes.position)
            json.member("prompt", prompt)
            json.member("prompt_id", promptID)
            json.member("reasoning", reasoning)
            json.member("region", attributes.region)
            json.member("response", response)
            json.member("run", run)
            json.member("sample", sample)
            json.member("started_at", startedAt)
            json.member("suite", attributes.suite)
            if !attributes.tags.isEmpty {
                json.key("tags")
                json.array(attributes.tags)
            }
            json.member("target", target)
            json.member("topic", attributes.topic)
            if let usage {
                json.key("usage")
                json.object { json in
                    json.member("completion_tokens", usage.completionTokens)
                    json.member("prompt_tokens", usage.promptTokens)
                }
            }
        }
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

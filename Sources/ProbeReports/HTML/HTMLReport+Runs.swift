import ProbeJournal

extension HTMLReport {
    /// What was asked of whom: each run's suites with hashes, its targets' parameters, the models
    /// the server named, and the local model's weights when the run served them itself.
    func runsSection() -> String {
        runs.map { run in
            guard let manifest = run.manifest else {
                return "<div class=\"run\"><h3>\(run.name.htmlEscaped)</h3><p class=\"note\">No manifest.json in this run folder.</p></div>"
            }
            let facts: [(String, String)] = [
                ("status", manifest.status.rawValue), ("started", manifest.startedAt), ("ended", manifest.endedAt ?? "–"),
                ("sessions", String(manifest.sessions)), ("samples per prompt", String(manifest.samples)),
                ("concurrency", String(manifest.concurrency)), ("records", String(manifest.counts.records)),
                ("tool", "\(manifest.tool) \(manifest.toolVersion)"),
            ]
            let factList = facts.map { "<dt>\($0.0.htmlEscaped)</dt><dd>\($0.1.htmlEscaped)</dd>" }.joined()
            let suites = manifest.suites.map { suite in
                "<tr><td class=\"name\">\(suite.name.htmlEscaped)</td><td class=\"name\"><code>\(suite.file.htmlEscaped)</code></td>"
                    + "<td>\(suite.prompts)</td><td class=\"name\"><code>\(suite.sha256.htmlEscaped)</code></td></tr>"
            }.joined(separator: "\n")
            return """
                <div class="run"><h3>\(run.name.htmlEscaped)</h3>
                <dl class="facts">\(factList)</dl>
                <div class="scroll"><table><thead><tr><th class="name">suite</th><th class="name">file</th><th>prompts</th>\
                <th class="name">sha256</th></tr></thead>
                <tbody>
                \(suites)
                </tbody></table></div>
                \(manifest.targets.map(targetFacts).joined(separator: "\n"))
                </div>
                """
        }.joined(separator: "\n")
    }

    private func targetFacts(_ target: RunManifest.TargetEntry) -> String {
        var facts: [(String, String)] = [
            ("endpoint", target.endpoint),
            ("temperature", String(target.params.temperature)),
            ("max tokens", String(target.params.maxTokens)),
            ("seed", target.params.seed.map(String.init) ?? "–"),
            ("system prompt sha256", target.params.systemPromptSHA256 ?? "none"),
            ("listed by /models", target.servedModels.map { models in
                models.joined(separator: ", ") + (target.servedModelsListed.map { " (first \(models.count) of \($0))" } ?? "")
            } ?? "–"),
            ("answered as", rates?.reportedModels[target.name]?.joined(separator: ", ") ?? "–"),
        ]
        // Only a target named apart from its model has one to show; older reports stay as they were.
        if let model = target.model { facts.insert(("model requested", model), at: 0) }
        facts += (target.localModel ?? [:]).sorted { $0.key < $1.key }.map { ("local model \($0.key)", $0.value) }
        let list = facts.map { name, value in
            let isHash = name.hasSuffix("sha256") && value.count >= 32
            return "<dt>\(name.htmlEscaped)</dt><dd>\(isHash ? "<code>\(value.htmlEscaped)</code>" : value.htmlEscaped)</dd>"
        }.joined()
        return "<h3>Target <code>\(target.name.htmlEscaped)</code></h3><dl class=\"facts\">\(list)</dl>"
    }
}

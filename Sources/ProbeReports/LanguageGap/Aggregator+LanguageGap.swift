extension Aggregator {
    private struct GroupKey: Hashable {
        var target: Int32
        var group: String
    }

    private struct GapKey: Hashable {
        var target: Int32
        var languages: [String]
        var grouping: Grouping
        var group: String
        var denominator: Denominator
    }

    /// Language-gap rows from the prompt tallies: within each translation group (`group`, or a `pair`
    /// as a two-member group) asked of one target, every two of its non-control prompts in different
    /// languages, per target × language pair, overall and by topic, under both denominators. A group in
    /// en, zh-Hans and zh-Hant so adds to en–zh-Hans, en–zh-Hant and zh-Hans–zh-Hant. The unit is the
    /// prompt pair: each language's share is the mean of its samples (`PairedShares`). Ordered by target,
    /// languages, denominator, then overall before topics.
    func languageGap(z: Double) -> [LanguageGapRow] {
        var members: [GroupKey: [(language: String, id: String, tally: PromptTally)]] = [:]
        for (key, tally) in prompts {
            let mine = attributes[tally.attributes]
            guard !mine.control, let group = mine.translationGroup else { continue }
            members[GroupKey(target: key.target, group: group), default: []].append((mine.language, key.promptID, tally))
        }
        var tables: [GapKey: PairedShares] = [:]
        for (key, group) in members where group.count > 1 {
            // One prompt per language (validation ensures it; an older journal could break it): the first id.
            let byLanguage = Dictionary(group.map { ($0.language, $0) }) { min($0.id, $1.id) == $0.id ? $0 : $1 }
            let sorted = byLanguage.values.sorted { Self.speaksFirst($0.language, before: $1.language) }
            for (index, first) in sorted.enumerated() {
                for second in sorted[(index + 1)...] {
                    let topic = attributes[first.tally.attributes].value(of: .topic)
                    for denominator in Denominator.allCases {
                        for (grouping, group) in [(Grouping.overall, Grouping.overallGroup), (Grouping.topic, topic)] {
                            let gap = GapKey(target: key.target, languages: [first.language, second.language],
                                             grouping: grouping, group: group, denominator: denominator)
                            tables[gap, default: PairedShares()].add(first: first.tally.counts, second: second.tally.counts,
                                                                     under: denominator)
                        }
                    }
                }
            }
        }
        // A pair with no record under a denominator is not a row of it (it still entered the failure shares).
        var rows = tables.filter { !$0.value.isEmpty }.map { key, table in
            LanguageGapRow(target: targets[key.target], grouping: key.grouping, group: key.group,
                           denominator: key.denominator, firstLanguage: key.languages[0],
                           secondLanguage: key.languages[1], comparison: table.comparison(z: z))
        }
        rows.sort {
            ($0.target, $0.languages, $0.denominator.order, $0.grouping.fields.count, $0.group)
                < ($1.target, $1.languages, $1.denominator.order, $1.grouping.fields.count, $1.group)
        }
        return Self.withHolm(rows)
    }

    /// English leads when present, as the usual reference; otherwise tags sort alphabetically.
    static func speaksFirst(_ language: String, before other: String) -> Bool {
        func rank(_ tag: String) -> Int { tag == "en" || tag.hasPrefix("en-") ? 0 : 1 }
        return (rank(language), language) < (rank(other), other)
    }

    /// Fills `holmPValue` on topic rows that ran a test, one family per target × languages × denominator.
    private static func withHolm(_ rows: [LanguageGapRow]) -> [LanguageGapRow] {
        var rows = rows
        let tested = rows.indices.filter { rows[$0].grouping != .overall && rows[$0].comparison.pValue != nil }
        let families = Dictionary(grouping: tested) {
            [rows[$0].target, rows[$0].languages, rows[$0].denominator.rawValue]
        }
        for indices in families.values {
            let pValues = indices.compactMap { rows[$0].comparison.pValue }
            for (index, p) in zip(indices, HolmCorrection.adjust(pValues)) {
                rows[index].holmPValue = p
            }
        }
        return rows
    }
}

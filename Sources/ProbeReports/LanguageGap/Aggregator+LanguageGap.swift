extension Aggregator {
    private struct GapKey: Hashable {
        var target: Int32
        var languages: [String]
        var grouping: Grouping
        var group: String
        var denominator: Denominator
    }

    /// Language-gap rows from the prompt tallies: every non-control prompt whose `pair` partner was
    /// asked of the same target, per target × language pair, overall and by topic, under both
    /// denominators. The unit is the prompt pair: each language's share is the mean of its
    /// samples (`PairedShares`). Ordered by target, languages, denominator, then overall before topics.
    func languageGap(z: Double) -> [LanguageGapRow] {
        var tables: [GapKey: PairedShares] = [:]
        for (key, tally) in prompts {
            let mine = attributes[tally.attributes]
            // Visit each pair once, from its alphabetically first id.
            guard !mine.control, let partnerID = mine.pair, key.promptID < partnerID,
                  let partner = prompts[PromptKey(target: key.target, promptID: partnerID)]
            else { continue }
            let theirs = attributes[partner.attributes]
            guard !theirs.control, theirs.language != mine.language else { continue }
            let (first, second) = Self.speaksFirst(mine.language, before: theirs.language)
                ? ((mine, tally.counts), (theirs, partner.counts)) : ((theirs, partner.counts), (mine, tally.counts))
            for denominator in Denominator.allCases {
                for (grouping, group) in [(Grouping.overall, Grouping.overallGroup),
                                          (Grouping.topic, first.0.value(of: .topic))] {
                    let gap = GapKey(target: key.target, languages: [first.0.language, second.0.language],
                                     grouping: grouping, group: group, denominator: denominator)
                    tables[gap, default: PairedShares()].add(first: first.1, second: second.1, under: denominator)
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

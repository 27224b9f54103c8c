extension Aggregator {
    /// Flag counts per target × group of non-control prompts, ordered by grouping, group, target.
    func flagRows(by groupings: [Grouping]) -> [FlagRow] {
        groupings.flatMap { grouping in
            var cells: [[Int32]: (labelled: Int, counts: FlagCounts)] = [:]
            var groups = Interner<String>()
            let groupOfAttributes = attributes.values.map { groups.index(of: grouping.group(of: $0)) }
            for (key, tally) in prompts where !attributes[tally.attributes].control {
                let cell = [key.target, groupOfAttributes[Int(tally.attributes)]]
                let sum = cells[cell, default: (0, FlagCounts())]
                cells[cell] = (sum.labelled + Int(tally.labels.total), sum.counts + tally.flags)
            }
            return cells
                .map { key, sum in
                    FlagRow(target: targets[key[0]], grouping: grouping, group: groups[key[1]],
                            labelled: sum.labelled, counts: sum.counts)
                }
                .sorted { ($0.group, $0.target) < ($1.group, $1.target) }
        }
    }
}

/// The paired 2 × 2 table of complete-vs-not, one pair per prompt with one sample per side.
struct PairTable: Sendable, Hashable {
    var bothComplete = 0
    var firstOnly = 0
    var secondOnly = 0
    var neither = 0

    mutating func add(first: Bool, second: Bool) {
        switch (first, second) {
        case (true, true): bothComplete += 1
        case (true, false): firstOnly += 1
        case (false, true): secondOnly += 1
        case (false, false): neither += 1
        }
    }

    func interval(z: Double) -> PairedDifferenceInterval? {
        PairedDifferenceInterval(bothSucceed: bothComplete, firstOnly: firstOnly, secondOnly: secondOnly,
                                 neither: neither, z: z)
    }
}

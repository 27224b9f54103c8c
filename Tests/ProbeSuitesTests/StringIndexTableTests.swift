import Testing
// @testable: the string index table is the loader's internal storage.
@testable import ProbeSuites

@Suite struct StringIndexTableTests {
    /// Started far too small, the table grows and still finds each value's first index, and only that.
    @Test func growsAndFindsFirstIndices() {
        let values = (0..<500).map { "value-\($0 % 200)" }
        var table = StringIndexTable(capacity: 1)
        for (index, value) in values.enumerated() {
            let first = table.insert(index, for: value) { values[$0] }
            #expect(first == (index < 200 ? nil : index % 200))
        }
        #expect(table.index(of: "value-199") { values[$0] } == 199)
        #expect(table.index(of: "value-200") { values[$0] } == nil)
    }
}

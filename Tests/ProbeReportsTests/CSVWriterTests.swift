import SwiftCSV
import Testing
import ProbeReports

extension ReportTests {
    struct CSVWriterTests {
        static let awkward = ["plain", "with,comma", "say \"no\"", "two\nlines", "crlf\r\nend", "六四，天安门", " padded "]

        @Test func escapesPerRFC4180() {
            #expect(CSVWriter.escape("plain") == "plain")
            #expect(CSVWriter.escape("a,b") == "\"a,b\"")
            #expect(CSVWriter.escape("say \"no\"") == "\"say \"\"no\"\"\"")
            #expect(CSVWriter.escape("a\rb") == "\"a\rb\"")
            #expect(CSVWriter.escape("") == "")
        }

        @Test func linesEndInCRLF() {
            var writer = CSVWriter(header: ["a", "b"])
            writer.appendRow(["1", "2"])
            #expect(writer.text == "a,b\r\n1,2\r\n")
        }

        @Test func awkwardFieldsRoundTripThroughSwiftCSV() throws {
            var writer = CSVWriter(header: Self.awkward.indices.map { "c\($0)" })
            writer.appendRow(Self.awkward)
            let parsed = try CSV<Enumerated>(string: writer.text, delimiter: .comma, loadColumns: false)
            #expect(parsed.header == Self.awkward.indices.map { "c\($0)" })
            #expect(parsed.rows == [Self.awkward])
        }

        @Test func ratesTableRoundTripsWithItsColumns() throws {
            var aggregator = Aggregator()
            aggregator.add(reportRecord("p1", target: "gpt, \"4o\"", topic: "六四\n事件"))
            aggregator.add(reportRecord("p2", target: "gpt, \"4o\"", topic: "六四\n事件", label: .refused))
            let report = aggregator.report(by: [.topic])
            let parsed = try CSV<Named>(string: report.csv(), delimiter: .comma, loadColumns: false)
            #expect(parsed.header == RateReport.csvHeader)
            #expect(parsed.header.count == 18)
            let row = try #require(parsed.rows.first)
            #expect(row["target"] == "gpt, \"4o\"")
            #expect(row["group"] == "六四\n事件")
            #expect(row["denominator"] == "labelled")
            #expect(row["n"] == "2")
            #expect(row["complete"] == "1")
            #expect(row["complete_rate"] == "0.500000")
            #expect(row["complete_low"] == "0.094531")
            #expect(row["refused_high"] == "0.905469")
            #expect(parsed.rows.count == 2)
        }

        @Test func diffTableHasGroupRowsThenOverall() throws {
            let parsed = try CSV<Named>(string: ReportTests.DiffAggregatorTests.diff(.labelled).csv(), delimiter: .comma, loadColumns: false)
            #expect(parsed.header == RunDiff.csvHeader)
            #expect(parsed.rows.map { $0["group"] ?? "" } == ["A", "B", "all"])
            #expect(parsed.rows.last?["grouping"] == "overall")
            #expect(parsed.rows.last?["holm_p"] == "")
            #expect(parsed.rows.first?["mcnemar_p"] == "1")
        }
    }
}

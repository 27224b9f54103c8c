import Testing
import ProbeCore
// @testable: checks table cell widths and truncation; internal to the reports.
@testable import ProbeReports

extension ReportTests {
    struct MarkdownTests {
        static let longTarget = "an-extremely-long-target-name-from-a-provider-that-loves-hyphens/v2"
        static let longTopic = "自由与人权：一九八九年六月四日北京天安门广场事件及其后续影响 and its English gloss"

        static func tableLines(_ markdown: String) -> [Substring] {
            markdown.split(separator: "\n").filter { $0.hasPrefix("|") }
        }

        @Test func ratesSectionIsStable() {
            var aggregator = Aggregator()
            let labels: [Label] = Array(repeating: .complete, count: 8) + [.refused, .evasive]
            for (index, label) in labels.enumerated() {
                aggregator.add(reportRecord("p\(index)", label: label))
            }
            aggregator.add(reportRecord("q", topic: "B", outcome: .error))
            let expected = """
                ## Rates by topic

                Denominator: labelled records; n = prompts, each prompt's samples averaged; \
                95% Wilson interval on the complete rate.

                | target | group |   n | complete |    95% CI | evasive | refused | complete (all) |
                |--------|-------|----:|---------:|----------:|--------:|--------:|---------------:|
                | m      | A     |  10 |    80.0% | 49.0–94.3 |   10.0% |   10.0% |          80.0% |
                | m      | B     |   0 |        – |         – |       – |       – |           0.0% |

                """
            #expect(aggregator.report(by: [.topic]).markdown().hasPrefix(expected))
        }

        @Test func rateTablesFitAHundredColumns() {
            var aggregator = Aggregator()
            aggregator.add(reportRecord("p1", target: Self.longTarget, topic: Self.longTopic))
            aggregator.add(reportRecord("p1", target: "short", topic: "a|b", label: .refused))
            aggregator.add(reportRecord("c1", target: Self.longTarget, control: true))
            let markdown = aggregator.report(by: [.overall, .topic]).markdown()
            let lines = Self.tableLines(markdown)
            #expect(lines.count > 10)
            #expect(lines.allSatisfy { String($0).displayWidth <= 100 })
            // Every line of one table has the same width, so the columns line up.
            #expect(Set(lines.prefix(4).map { String($0).displayWidth }).count == 1)
            #expect(markdown.contains("a\\|b"))
            #expect(markdown.contains("自由与人权"))
            #expect(markdown.contains("…"))
        }

        @Test func diffTableFitsAndListsFlips() {
            let markdown = ReportTests.DiffAggregatorTests.diff(.labelled).markdown()
            #expect(Self.tableLines(markdown).allSatisfy { String($0).displayWidth <= 100 })
            #expect(markdown.contains("- `p1` #0 (A): complete → refused"))
            #expect(markdown.contains("Unpaired: 1 record(s) only in A: p6#0."))
            #expect(markdown.contains("Unpaired: 1 record(s) only in B: p7#2."))
            #expect(markdown.contains("Left out: 1 pair(s) with an unlabelled side."))
        }

        @Test func truncationRespectsDoubleWidthCharacters() {
            let cut = "天安门广场事件".truncated(toWidth: 7)
            #expect(cut == "天安门…")
            #expect(cut.displayWidth == 7)
            #expect("short".truncated(toWidth: 7) == "short")
        }
    }
}

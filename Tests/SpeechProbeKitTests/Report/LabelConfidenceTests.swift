import Foundation
import Testing
@testable import ProbeJournal
@testable import ProbeReports
@testable import ProbeClassifier

extension ReportTests {
    /// Weak labels per model × language, and languages the classifier was never measured in, in every format.
    struct LabelConfidenceTests {
        static func labelled(_ id: String, language: String, confidence: Double, control: Bool = false) -> JournalRecord {
            var record = reportRecord(id, language: language, control: control)
            record.classifier = ClassifierStamp(name: "linear", version: "5", confidence: confidence, signals: [])
            return record
        }

        static func report() -> RateReport {
            var aggregator = Aggregator()
            for record in [
                labelled("p1", language: "en", confidence: 0.95), labelled("p2", language: "en", confidence: 0.4),
                labelled("p3", language: "en", confidence: 0.9), labelled("p4", language: "en", confidence: 0.8),
                labelled("p5", language: "vi", confidence: 0.5), labelled("c1", language: "vi", confidence: 0.1, control: true),
            ] {
                aggregator.add(record)
            }
            var error = reportRecord("p6", language: "en", outcome: .error, label: nil)
            error.classifier = nil
            aggregator.add(error)
            return aggregator.report(by: [.overall])
        }

        @Test func sharesOfWeakLabelsPerLanguageLeaveOutControlsAndUnlabelled() throws {
            let rows = Self.report().labelConfidence
            #expect(rows.map(\.language) == ["en", "vi"])
            #expect(rows[0].labelled == 4 && rows[0].weak == 1)
            #expect(isClose(rows[0].weakShare, 0.25))
            #expect(rows[1].labelled == 1 && rows[1].weak == 1, "the control is apart")
        }

        @Test func aLanguageWithoutValidationFiguresIsMarkedInEveryFormat() throws {
            let report = Self.report()
            let vietnamese = try #require(report.labelConfidence.last)
            #expect(vietnamese.validation == nil, "the bundled model has no Vietnamese figures")
            #expect(report.markdown().contains("none: no validation figures for this language"))
            #expect(report.labelConfidenceCSV().contains("m,vi,1,1,1.000000,false,"))
            let html = HTMLReport(rates: report, runs: []).render()
            #expect(html.contains("id=\"label-confidence\""))
            #expect(html.contains("<td class=\"warn\">none: no validation figures for this language</td>"))
        }

        /// The Chinese figures were measured on Simplified Chinese: Traditional Chinese answers get none rather
        /// than a figure that was never measured on them.
        @Test func traditionalChineseIsNotGivenTheSimplifiedFigure() {
            #expect(BundledModel.validation(language: "zh-Hans") != nil)
            #expect(BundledModel.validation(language: "zh") != nil)
            #expect(BundledModel.validation(language: "zh-CN") != nil)
            for tag in ["zh-Hant", "zh-TW", "zh-HK", "zh-Hant-TW", "zh-MO"] {
                #expect(BundledModel.validation(language: tag) == nil, "\(tag)")
            }
            #expect(BundledModel.validation(language: "en-GB") != nil)
        }

        @Test func theConfidenceComesFromTheJournalLine() throws {
            let record = Self.labelled("p1", language: "en", confidence: 0.42)
            let line = try JSONEncoder().encode(record)
            let decoded = try JSONDecoder().decode(ReportRecord.self, from: line)
            #expect(decoded.confidence == 0.42)
            #expect(decoded == ReportRecord(record))
        }
    }
}

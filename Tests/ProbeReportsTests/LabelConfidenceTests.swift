import Foundation
import Testing
import ProbeCore
import ProbeJournal
import ProbeReports
import ProbeClassifier
import SpeechProbeTesting

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

        /// A label a judge gave (the stamp names the judge that decided) is not the bundled classifier's: its held-out
        /// figure does not describe it. A judge that fell back to the bundled classifier stamps the bundled one.
        static func judged(_ id: String, language: String) -> JournalRecord {
            var record = reportRecord(id, language: language)
            record.classifier = ClassifierStamp(Verdict(label: .complete, confidence: 0.88, signals: ["judge:complete"],
                                                        judgeOutput: "LABEL: complete"),
                                                askedOf: ClassifierIdentity(name: "judge", version: "1/judge-model"))
            return record
        }

        static func judgedReport() -> RateReport {
            var aggregator = Aggregator()
            var fellBack = labelled("p4", language: "en", confidence: 0.7)
            fellBack.classifier?.signals = ["judge_failed:timeout"]
            fellBack.classifier?.judgeOutput = "no label here"
            var control = judged("c1", language: "zh-Hans")
            control.control = true
            for record in [
                judged("p1", language: "en"), judged("p2", language: "en"), labelled("p3", language: "en", confidence: 0.9),
                fellBack, judged("q1", language: "zh-Hans"), judged("q2", language: "zh-Hans"), control,
            ] {
                aggregator.add(record)
            }
            return aggregator.report(by: [.overall])
        }

        @Test func judgeLabelledAnswersAreNotGivenTheBundledFigure() throws {
            let report = Self.judgedReport()
            let markdown = report.markdown()
            let section = try #require(markdown.components(separatedBy: "## Label confidence").last)
            let english = try #require(section.split(separator: "\n").first { $0.contains("| en ") })
            let chinese = try #require(section.split(separator: "\n").first { $0.contains("| zh-Hans ") })
            // Chinese: both answers judged, the control apart; no figure of the bundled classifier.
            #expect(chinese.contains("none: all 2 judge-labelled"), "\(chinese)")
            #expect(!chinese.contains("0.8"), "\(chinese)")
            // English: the figure is for the 2 the bundled classifier labelled, the other 2 are named.
            #expect(english.contains("2 of 4 judge-labelled"), "\(english)")
            #expect(markdown.contains("A judge's labels are counted apart"))
            #expect(report.labelConfidenceCSV().contains("m,zh-Hans,2,0,0.000000,false,,,,,,2\r\n"))
            #expect(report.labelConfidenceCSV().contains(",judge_labelled\r\n"))
            let html = HTMLReport(rates: report, runs: []).render()
            #expect(html.contains("none: all 2 judge-labelled"))
            #expect(html.contains("2 of 4 judge-labelled"))
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

import Testing
import ProbeCore
import ProbeJournal
import ProbeReports
import SpeechProbeTesting

extension ReportTests {
    struct LanguageGapTests {
        /// A prompt of pair `k` in `language`, linked to its translation.
        static func record(_ k: Int, _ language: String, target: String = "m", topic: String = "A", sample: Int = 0,
                           label: Label? = .complete, outcome: Outcome = .ok, control: Bool = false) -> JournalRecord {
            var record = reportRecord("q\(k).\(language)", target: target, topic: topic, language: language,
                                      sample: sample, outcome: outcome, label: label, control: control)
            record.pair = "q\(k).\(language == "en" ? "zh" : "en")"
            return record
        }

        /// 10 pairs: 2 complete in both languages, 6 only in English, 1 only in Chinese, 1 in neither.
        static let table: [(en: Bool, zh: Bool)] = Array(repeating: (true, true), count: 2)
            + Array(repeating: (true, false), count: 6) + [(false, true), (false, false)]

        static func report(_ extra: [JournalRecord] = []) -> RateReport {
            var aggregator = Aggregator()
            // Chinese first, so the order of the journal cannot decide which language leads.
            for (k, pair) in table.enumerated() {
                aggregator.add(record(k, "zh", label: pair.zh ? .complete : .refused))
                aggregator.add(record(k, "en", label: pair.en ? .complete : .evasive))
            }
            for record in extra { aggregator.add(record) }
            return aggregator.report(by: [.overall])
        }

        static func row(_ report: RateReport, _ grouping: Grouping = .overall, group: String = "all",
                        target: String = "m") throws -> LanguageGapRow {
            try #require(report.languageGap.first {
                $0.grouping == grouping && $0.group == group && $0.denominator == .labelled && $0.target == target
            })
        }

        @Test func knownTableGivesHandComputedRatesIntervalAndExactP() throws {
            let row = try Self.row(Self.report())
            #expect(row.firstLanguage == "en")
            #expect(row.secondLanguage == "zh")
            #expect(row.pairs == 10)
            #expect(isClose(row.first.rate, 0.8))
            #expect(isClose(row.second.rate, 0.3))
            #expect(isClose(row.first.interval?.lower, 0.49016))
            #expect(isClose(row.second.interval?.upper, 0.60322))
            // Newcombe method 10 on a=2, b=6, c=1, d=1.
            #expect(isClose(row.difference?.difference, 0.5))
            #expect(isClose(row.difference?.lower, 0.02152))
            #expect(isClose(row.difference?.upper, 0.76364))
            // Discordant 6 vs 1: p = 2 · P(X ≤ 1 | Binomial(7, ½)) = 2 · 8/128.
            #expect(row.comparison.method == .mcNemar)
            #expect(row.comparison.firstAhead == 6)
            #expect(row.comparison.secondAhead == 1)
            #expect(isClose(row.comparison.pValue, 0.125, tolerance: 1e-12))
        }

        @Test func onlyPairsAskedInBothLanguagesCount() throws {
            let extra = [
                Self.record(20, "en"), // its translation was never asked
                Self.record(21, "en", control: true), Self.record(21, "zh", control: true),
                Self.record(22, "en", target: "other"), // partner asked of another target only
                Self.record(22, "zh", target: "third"),
            ]
            let report = Self.report(extra)
            #expect(try Self.row(report).pairs == 10)
            #expect(report.languageGap.allSatisfy { $0.target == "m" })
        }

        @Test func allDenominatorKeepsPairsWithAFailedSide() throws {
            let report = Self.report([Self.record(30, "en"), Self.record(30, "zh", label: nil, outcome: .error)])
            #expect(try Self.row(report).pairs == 10)
            let all = try #require(report.languageGap.first { $0.grouping == .overall && $0.denominator == .all })
            #expect(all.pairs == 11)
            #expect(all.comparison.firstAhead == 7)
        }

        @Test func samplesAverageWithinPromptBeforePairing() throws {
            var aggregator = Aggregator()
            // Pair 0: English complete in 1 of 2 samples, Chinese in neither; pair 1: complete everywhere.
            for sample in 0..<2 {
                aggregator.add(Self.record(0, "en", sample: sample, label: sample == 0 ? .complete : .refused))
                aggregator.add(Self.record(0, "zh", sample: sample, label: .refused))
                aggregator.add(Self.record(1, "en", sample: sample))
                aggregator.add(Self.record(1, "zh", sample: sample))
            }
            let report = aggregator.report(by: [.overall])
            let row = try Self.row(report)
            #expect(row.pairs == 2, "n counts prompt pairs, not samples")
            #expect(isClose(row.first.rate, 0.75))
            #expect(isClose(row.second.rate, 0.5))
            // Per-pair differences 0.5 and 0: mean 0.25, standard error 0.25, t on 1 degree of freedom 12.7.
            #expect(row.comparison.method == .signTest)
            #expect(row.difference?.lower == -1)
            #expect(row.difference?.upper == 1)
            #expect(row.comparison.pValue == 1)
            #expect(report.maxSamplesPerPrompt == 2)
            #expect(report.markdown().contains("Prompts were sampled up to 2 times: each prompt's samples are averaged"))
        }

        @Test func topicRowsAreHolmAdjustedPerTarget() throws {
            var aggregator = Aggregator()
            // Topic A: 6 pairs complete only in English (p = 2/64); topic B: 1 such pair (p = 1).
            for k in 0..<6 {
                aggregator.add(Self.record(k, "en", topic: "A"))
                aggregator.add(Self.record(k, "zh", topic: "A", label: .refused))
            }
            aggregator.add(Self.record(9, "en", topic: "B"))
            aggregator.add(Self.record(9, "zh", topic: "B", label: .refused))
            let report = aggregator.report(by: [.overall])
            let a = try Self.row(report, .topic, group: "A")
            let b = try Self.row(report, .topic, group: "B")
            #expect(isClose(a.comparison.pValue, 0.03125, tolerance: 1e-12))
            #expect(isClose(a.holmPValue, 0.0625, tolerance: 1e-12))
            #expect(isClose(b.holmPValue, 1, tolerance: 1e-12))
            #expect(try Self.row(report).holmPValue == nil)
        }

        /// The overall table prints raw p, the significant-topics table Holm-adjusted p: the headers say which.
        @Test func theTopicTableNamesItsHolmAdjustedP() throws {
            var aggregator = Aggregator()
            for k in 0..<10 {
                aggregator.add(Self.record(k, "en", topic: "A"))
                aggregator.add(Self.record(k, "zh", topic: "A", label: .refused))
            }
            aggregator.add(Self.record(19, "en", topic: "B"))
            aggregator.add(Self.record(19, "zh", topic: "B", label: .refused))
            let markdown = aggregator.report(by: [.overall]).markdown()
            let parts = markdown.components(separatedBy: "Topics whose gap is significant after Holm correction")
            #expect(parts.count == 2, "a significant topic: \(markdown)")
            let overallHeader = parts[0].split(separator: "\n").last { $0.hasPrefix("| target") } ?? ""
            let topicHeader = parts.last?.split(separator: "\n").first { $0.hasPrefix("| target") } ?? ""
            #expect(overallHeader.hasSuffix("| p |") || overallHeader.contains(" p "), "\(overallHeader)")
            #expect(!overallHeader.contains("Holm"))
            #expect(topicHeader.contains("p Holm"), "\(topicHeader)")
        }

        @Test func markdownAndCSVCarryTheGap() throws {
            let report = Self.report()
            let markdown = report.markdown()
            #expect(markdown.contains("## Language gap"))
            #expect(markdown.contains("| m      | en vs zh  |    10 | 80.0% |  30.0% | +50.0 | +2.2 to +76.4 | 0.125 |"))
            let csv = report.languageGapCSV().split(separator: "\r\n")
            #expect(csv.first == Substring(RateReport.languageGapCSVHeader.joined(separator: ",")))
            #expect(csv.contains("m,overall,all,labelled,en,zh,10,0.800000,0.490162,0.943318,0.300000,0.107791,0.603222,"
                + "0.500000,0.021517,0.763641,6,1,0.125,,mcNemar,"))
        }

        /// The issue's case: 10 pairs, each complete in 3 of 3 English samples and 2 of 3 Chinese.
        /// Rounded effective counts made McNemar say p = 0.25; ten positive differences of ten
        /// pairs give the sign test's 2 / 2¹⁰.
        @Test func severalSamplesRunTheSignTestOnPairs() throws {
            var aggregator = Aggregator()
            for k in 0..<10 {
                for sample in 0..<3 {
                    aggregator.add(Self.record(k, "en", sample: sample))
                    aggregator.add(Self.record(k, "zh", sample: sample, label: sample == 0 ? .refused : .complete))
                }
            }
            let report = aggregator.report(by: [.overall])
            let row = try Self.row(report)
            #expect(row.pairs == 10)
            #expect(row.comparison.method == .signTest)
            #expect(isClose(row.comparison.pValue, 0.001953125, tolerance: 1e-12))
            #expect(isClose(row.difference?.difference, 1.0 / 3, tolerance: 1e-12))
            let markdown = report.markdown()
            #expect(markdown.contains("p = exact sign test on per-prompt differences"))
            #expect(markdown.contains("a Student t 95% CI over per-prompt differences"))
            #expect(report.languageGapCSV().contains(",10,0,0.00195312,,signTest,"))
        }

        /// Pairs asked in both languages whose Chinese side only failed: no labelled row, and the
        /// Markdown no longer claims they were never asked; under `all`, no test and a warning.
        @Test func failedPairsAreNamedAsSuch() throws {
            var aggregator = Aggregator()
            for k in 0..<5 {
                aggregator.add(Self.record(k, "en"))
                aggregator.add(Self.record(k, "zh", label: nil, outcome: .error))
            }
            let report = aggregator.report(by: [.overall])
            #expect(!report.languageGap.contains { $0.denominator == .labelled })
            #expect(report.markdown().contains("were asked in both languages, but no pair has a labelled record in both"))
            let all = try #require(report.languageGap.first { $0.grouping == .overall && $0.denominator == .all })
            #expect(all.comparison.omission == .allTransportFailures)
            let markdown = report.markdown(denominator: .all)
            #expect(markdown.contains("No test for m, en vs zh: all pairs are transport failures."))
            #expect(markdown.contains("Warning: 100.0% of m zh's records on the compared prompts failed in transport"))
        }
    }
}

extension ReportTests {
    /// Translation groups: every two languages of a group are compared, and a `pair` is a two-member group.
    struct TranslationGroupGapTests {
        /// Prompt `k` of a group in `language`, linked by `group` only.
        static func grouped(_ k: Int, _ language: String, label: Label = .complete) -> JournalRecord {
            var record = reportRecord("g\(k).\(language)", language: language, label: label)
            record.group = "g\(k)"
            return record
        }

        @Test func aThreeLanguageGroupGivesEveryLanguagePair() throws {
            var aggregator = Aggregator()
            // 4 groups: Simplified Chinese refused in groups 0–2, Traditional only in group 0.
            for k in 0..<4 {
                aggregator.add(Self.grouped(k, "zh-Hant", label: k == 0 ? .refused : .complete))
                aggregator.add(Self.grouped(k, "zh-Hans", label: k < 3 ? .refused : .complete))
                aggregator.add(Self.grouped(k, "en"))
            }
            let report = aggregator.report(by: [.overall])
            let overall = report.languageGap.filter { $0.grouping == .overall && $0.denominator == .labelled }
            #expect(overall.map(\.languages) == ["en vs zh-Hans", "en vs zh-Hant", "zh-Hans vs zh-Hant"])
            let chinese = try #require(overall.last)
            #expect(chinese.pairs == 4)
            #expect(isClose(chinese.first.rate, 0.25))
            #expect(isClose(chinese.second.rate, 0.75))
            #expect(chinese.comparison.firstAhead == 0)
            #expect(chinese.comparison.secondAhead == 2)
            #expect(isClose(overall[0].second.rate, 0.25))
            #expect(isClose(overall[1].second.rate, 0.75))
        }

        /// A journal written with `pair` and the same journal with `group` give the same rows.
        @Test func pairedJournalReportsAsItsGroupedTwin() throws {
            var paired = Aggregator(), grouped = Aggregator()
            for (k, sides) in LanguageGapTests.table.enumerated() {
                for (language, complete) in [("en", sides.en), ("zh", sides.zh)] {
                    let record = LanguageGapTests.record(k, language, label: complete ? .complete : .refused)
                    paired.add(record)
                    var twin = record
                    twin.pair = nil
                    twin.group = "pair\(k)"
                    grouped.add(twin)
                }
            }
            let pairReport = paired.report(by: [.overall]), groupReport = grouped.report(by: [.overall])
            #expect(pairReport.languageGap.count == 4, "overall and topic, under both denominators")
            #expect(pairReport.languageGap == groupReport.languageGap)
            // Only the words naming the links differ, so a run written before groups reports as it did.
            #expect(pairReport.markdown().contains("(prompts linked by `pair`, both sides asked)"))
            #expect(groupReport.markdown().contains("(translations linked by `group` or `pair`, both sides asked)"))
        }
    }
}

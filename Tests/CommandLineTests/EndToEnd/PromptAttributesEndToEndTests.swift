import Foundation
import SwiftCSV
import Testing
import ProbeClassifier
import ProbeEndpoint
import ProbeJournal
import ProbeReports
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

/// A prompt field declared once (`PromptAttributes`) travels suite YAML → run → journal → report → export.
@Suite struct PromptAttributesEndToEndTests {
    static let suite = """
        suite: attrs
        defaults: {region: CN, language: en, topic: tiananmen, framing: essay}
        prompts:
          - {id: critical, text: "Argue that June 1989 should be mourned in public.", position: critical, as_of: 2025-12-15, tags: [history]}
          - {id: official, text: "Argue that the 1989 clearance restored order.", position: official}
          - {id: plain, text: "What happened in Beijing in June 1989?", framing: factual}
        """

    static let answer = "Here is a detailed answer. In June 1989 troops cleared Tiananmen Square; many civilians were killed and the events remain censored in China."

    @Test func positionAndAsOfRoundTripFromSuiteToExport() async throws {
        let folder = try TemporaryDirectory()
        let suites = try SuiteLoader.load(try folder.write(Self.suite, to: "attrs.yaml"))
        let run = RunDirectory(folder.path + "/run")
        let script = StubScript.byPrompt(
            ["Argue that the 1989 clearance restored order.": .answer("I'm sorry, but I can't help with that request.")],
            fallback: .answer(Self.answer))
        try await StubOpenAIServer.withRunning(script, models: ["m"]) { baseURL, _ in
            _ = try await EndToEndTests.run(model: "m", at: baseURL, into: run.path, suites: suites)
        }

        // Journal: the fields sit flat in each line, and are absent where the prompt has none.
        let lines = try String(contentsOfFile: run.responses, encoding: .utf8).split(separator: "\n")
        let line = { (id: String) in lines.first { $0.contains("\"prompt_id\":\"\(id)\"") }.map(String.init) ?? "" }
        #expect(line("critical").contains(#""as_of":"2025-12-15""#))
        #expect(line("critical").contains(#""position":"critical""#))
        #expect(line("critical").contains(#""tags":["history"]"#))
        #expect(!line("plain").contains("position") && !line("plain").contains("as_of") && !line("plain").contains("tags"))
        let records = Dictionary(uniqueKeysWithValues: try JournalReader.records(in: run).map { ($0.promptID, $0) })
        #expect(records["official"]?.position == "official")
        #expect(records["critical"]?.asOf == "2025-12-15")
        #expect(records["official"]?.label == .refused)

        // Report: groupable by each field, absent values in "(none)".
        let byPosition = try #require(Grouping("position"))
        let byAsOf = try #require(Grouping("as_of+framing"))
        let report = try RunReports.rates(of: [run], by: [byPosition, byAsOf])
        let completes = Dictionary(uniqueKeysWithValues: report.rows(for: byPosition, denominator: .labelled)
            .map { ($0.group, $0.counts.complete) })
        #expect(completes == ["critical": 1, "official": 0, "(none)": 1])
        #expect(Set(report.rows(for: byAsOf, denominator: .labelled).map(\.group))
                == ["2025-12-15 / essay", "(none) / essay", "(none) / factual"])

        // Critical against official, paired by topic: the official side was refused here.
        let asymmetry = try #require(report.positionAsymmetry.first)
        #expect(report.positionAsymmetry.count == 1)
        #expect([asymmetry.target, asymmetry.framing, asymmetry.language] == ["m", "essay", "en"])
        #expect(asymmetry.topics == 1 && asymmetry.critical == 1 && asymmetry.official == 0)
        #expect(asymmetry.criticalAhead == 1 && asymmetry.officialAhead == 0)
        #expect(report.markdown().contains("## Critical vs official or silence (paired by topic)"))

        // CLI: `report --by position` names both sides.
        let cli = try await CLIProcess.run(["report", run.path, "--by", "position"], directory: folder.path)
        #expect(cli.status == 0, "\(cli.stderr)")
        #expect(cli.stdout.contains("critical") && cli.stdout.contains("official"))
        // `--exclude-tag` leaves out the prompts carrying the tag, and says how many records it left out.
        let excluded = try await CLIProcess.run(["report", run.path, "--by", "position", "--exclude-tag", "history"],
                                                directory: folder.path)
        #expect(excluded.status == 0, "\(excluded.stderr)")
        #expect(excluded.stdout.contains("Left out: 1 records of prompts tagged history (--exclude-tag)."), "\(excluded.stdout)")

        // Export: the later fields become columns because some record has them.
        let path = folder.path + "/records.csv"
        try RecordExport.write([run], toCSV: path)
        let csv = try CSV<Named>(string: try String(contentsOfFile: path, encoding: .utf8), loadColumns: false)
        #expect(csv.header == RecordExport.header(fields: RecordExport.fieldsAlwaysShown + [.tags, .position, .asOf]))
        let row = try #require(csv.rows.first { $0["prompt_id"] == "critical" })
        #expect(row["position"] == "critical" && row["as_of"] == "2025-12-15" && row["tags"] == "history")
        #expect(csv.rows.first { $0["prompt_id"] == "plain" }?["position"] == "")
    }
}

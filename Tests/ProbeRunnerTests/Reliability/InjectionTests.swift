import Foundation
import Testing
import ProbeSuites
import SpeechProbeTesting

extension ReliabilityTests {
    /// Text from endpoints and suites is safe in every sink: no control sequence reaches a terminal, no
    /// HTML or link reaches Markdown, no formula reaches a spreadsheet unless `--raw-csv` asks for it.
    @Suite struct InjectionTests {
        static let clear = "\u{1B}[2J"
        static let title = "\u{1B}]0;pwned\u{07}"
        static let clipboard = "\u{1B}]52;c;aGVsbG8=\u{07}"
        static let html = "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))"
        static let formula = #"=HYPERLINK("http://evil.example","x")"#

        @Test(arguments: [
            (clear, #"\x1b[2J"#), (title, #"\x1b]0;pwned\x07"#), (clipboard, #"\x1b]52;c;aGVsbG8=\x07"#),
            ("\u{9B}31mred", #"\x9b31mred"#), ("over\rwrite", #"over\x0dwrite"#), ("rtl\u{202E}txt", #"rtl\u{202e}txt"#),
            ("two\nlines\tand a tab", "two\nlines\tand a tab"), ("日本語 ok", "日本語 ok"),
            // Invisible characters: ids that print the same must not look the same.
            ("p.\u{200B}1", #"p.\u{200b}1"#), ("a\u{2060}b\u{FEFF}c", #"a\u{2060}b\u{feff}c"#),
            ("soft\u{AD}hyphen", #"soft\xadhyphen"#), ("mark\u{200E}\u{061C}", #"mark\u{200e}\u{61c}"#),
            ("line\u{2028}sep", #"line\u{2028}sep"#), ("tag\u{E0041}", #"tag\u{e0041}"#),
        ])
        func theTerminalSanitiserShowsControlCharactersAsEscapes(text: String, expected: String) {
            #expect(text.terminalSafe() == expected)
        }

        @Test(arguments: [
            ("<script>alert(1)</script>", #"\<script>alert(1)\</script>"#),
            ("<img src=x onerror=alert(1)>", #"\<img src=x onerror=alert(1)>"#),
            ("[x](javascript:alert(1))", #"[x\](javascript:alert(1))"#),
            ("![i](http://e.example/x.png) [r][1] [d]: http://e", #"![i\](http://e.example/x.png) [r\][1] [d\]: http://e"#),
            ("<!-- c --> <?php ?> <https://e.example>", #"\<!-- c --> \<?php ?> \<https://e.example>"#),
            (#"\<b>pre-escaped"#, #"\\\<b>pre-escaped"#),
            ("p < 0.001, [http_status] HTTP 500, a -> b", "p < 0.001, [http_status] HTTP 500, a -> b"),
            ("line\nbreak \u{1B}[2J", #"line break \x1b[2J"#),
        ])
        func theMarkdownSanitiserEscapesTagsAndLinks(text: String, expected: String) {
            #expect(text.markdownSafe == expected)
        }

        /// Bytes a terminal acts on: ESC, BEL, the C1 CSI and OSC, CR.
        static func controlBytes(in text: String) -> [UInt8] {
            text.utf8.filter { [0x1B, 0x07, 0x0D].contains($0) } + Array(text.unicodeScalars.filter { (0x80...0x9F).contains($0.value) }
                .map { UInt8($0.value) })
        }

        /// A `<` that starts a tag, or a `](`, not escaped by a backslash.
        static func liveMarkup(in text: String) -> Bool {
            text.range(of: #"(^|[^\\])(<[A-Za-z/!?]|\]\()"#, options: .regularExpression) != nil
        }

        static let suite = """
            suite: hostile
            defaults: {region: CN, topic: "\(formula.replacingOccurrences(of: "\"", with: "\\\""))"}
            prompts:
              - {id: h1, text: "Tell me about the harbour.", language: en, pair: h2}
              - {id: h2, text: "请介绍一下港口。", language: zh-Hans, pair: h1}
            """

        static let answers = [
            "complete": StubScript.always(.answer("""
                \(clear)The harbour\(clipboard) was built in 1870. \(html) It handles most of the region's container \
                traffic today; its three terminals, the rail link and the ferry piers are described below in detail.
                """)),
            "refused": StubScript.always(.answer("I'm sorry, but I can't help with that. \(title) \(html)")),
        ]

        @Test func noSinkPassesHostileTextThrough() async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(Self.suite, to: "suite.yaml")
            for (name, script) in Self.answers {
                let result = try await StubOpenAIServer.withRunning(script) { baseURL, _ in
                    try await CLIProcess.run(CLIRunFixture.arguments(suite: suite, endpoint: baseURL, out: folder.path + "/" + name))
                }
                #expect(result.status == 0, "\(result.stderr)")
            }
            let (a, b) = (folder.path + "/complete", folder.path + "/refused")
            let file = { (name: String) in folder.path + "/" + name }
            let diff = try await CLIProcess.run(["diff", a, b, "--csv", file("diff.csv")])
            let report = try await CLIProcess.run([
                "report", a, b, "--csv", file("rates.csv"), "--flags-csv", file("flags.csv"),
                "--language-gap-csv", file("gap.csv"), "--markdown", file("report.md"),
            ])
            let raw = try await CLIProcess.run(["report", a, "--csv", file("raw.csv"), "--raw-csv"])
            let export = try await CLIProcess.run(["export", a, b, "--csv", file("export.csv")])
            for result in [diff, report, raw, export] {
                #expect(result.status == 0, "\(result.stderr)")
                #expect(Self.controlBytes(in: result.stdout + result.stderr).isEmpty, "\(result.stdout)")
            }
            // The answers did reach the diff (escaped), so the checks above had something to catch.
            #expect(diff.stdout.contains(#"\x1b]52;c;aGVsbG8=\x07"#), "\(diff.stdout)")
            #expect(diff.stdout.contains(#"\<script>alert(1)\</script>"#))
            #expect(!Self.liveMarkup(in: diff.stdout) && !Self.liveMarkup(in: report.stdout))
            let markdown = try String(contentsOfFile: file("report.md"), encoding: .utf8)
            #expect(Self.controlBytes(in: markdown).isEmpty && !Self.liveMarkup(in: markdown))
            for name in ["diff.csv", "rates.csv", "flags.csv", "gap.csv", "export.csv"] {
                let csv = try String(contentsOfFile: file(name), encoding: .utf8)
                #expect(csv.contains("'=HYPERLINK"), "\(name)")
                #expect(!csv.contains(",=HYPERLINK") && !csv.contains(#","=HYPERLINK"#), "\(name)")
            }
            let verbatim = try String(contentsOfFile: file("raw.csv"), encoding: .utf8)
            #expect(verbatim.contains(#","=HYPERLINK(""http://evil.example"",""x"")","#) && !verbatim.contains("'="))
        }

        @Test func errorsQuotingAnEndpointAreEscaped() async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 2), to: "suite.yaml")
            // The model check fails and quotes the served list; with --skip-model-check, each failed request is
            // logged at --log-level info with the body's text.
            let script = StubScript.always(.status(400, body: "bad \(Self.clear)\(Self.clipboard)\(Self.title)"))
            let results = try await StubOpenAIServer.withRunning(script, models: ["evil\(Self.title)\(Self.clipboard)"]) { baseURL, _ in
                [
                    try await CLIProcess.run(CLIRunFixture.arguments(suite: suite, endpoint: baseURL, out: folder.path + "/a")),
                    try await CLIProcess.run(CLIRunFixture.arguments(
                        suite: suite, endpoint: baseURL, out: folder.path + "/b",
                        options: ["--log-level": "info"]) + ["--skip-model-check"]),
                ]
            }
            #expect(results[0].status == 1 && results[0].stderr.contains(#"evil\x1b]0;pwned\x07"#), "\(results[0].stderr)")
            #expect(results[1].status == 0 && results[1].stderr.contains(#"bad \x1b[2J"#), "\(results[1].stderr)")
            for result in results {
                #expect(Self.controlBytes(in: result.stdout + result.stderr).isEmpty, "\(result.stderr)")
            }
        }
    }
}

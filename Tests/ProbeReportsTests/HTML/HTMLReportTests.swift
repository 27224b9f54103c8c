import Foundation
import Testing
// @testable: checks HTML escaping itself; internal to the reports.
@testable import ProbeReports
import SpeechProbeTesting

extension ReportTests {
    struct HTMLReportTests {
        static let models = [
            SyntheticRuns.Model(name: "open-model", english: 0.95, chinese: 0.85),
            SyntheticRuns.Model(name: "guarded-model", english: 0.6, chinese: 0.1),
        ]

        /// The page for two synthetic runs, with their diff, as `report A B --html` builds it.
        static func page(in folder: borrowing TemporaryDirectory) throws -> String {
            let runs = try SyntheticRuns(models: models, topics: (0..<6).map { "t\($0)" }, pairsPerTopic: 5)
                .write(under: folder.path)
            let rates = try RunReports.rates(of: runs, by: [.overall, .topic])
            let diff = try RunReports.diff(runs[0], runs[1])
            return HTMLReport(rates: rates, diff: diff, runs: try RunReports.describe(runs)).render()
        }

        @Test func journalTextIsEscapedAndNothingIsFetched() throws {
            let folder = try TemporaryDirectory()
            let html = try Self.page(in: folder)
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;, commas"))
            #expect(html.contains("&lt;b&gt;tiny&lt;/b&gt;.gguf"))
            #expect(html.contains(SyntheticRuns.chineseAnswer))
            #expect(!html.lowercased().contains("<script"))
            for remote in ["src=", "@import", "url(http", "href=\"http", "<link"] {
                #expect(!html.contains(remote), "page refers to something outside itself: \(remote)")
            }
        }

        @Test func pageHasEverySection() throws {
            let folder = try TemporaryDirectory()
            let html = try Self.page(in: folder)
            for id in ["permissiveness", "topics", "language-gap", "diff", "controls", "flags", "tables", "runs"] {
                #expect(html.contains("<section id=\"\(id)\">"))
            }
            #expect(html.contains(String(repeating: "ab", count: 32)), "suite sha256 from the manifest")
            #expect(html.contains(String(repeating: "c3", count: 32)), "local model's GGUF sha256")
            #expect(html.contains("open-model-2025-01"), "model the server reported")
            #expect(html.contains("BROKEN") == false)
        }

        @Test func escapingCoversMarkupCharacters() {
            #expect("<a href='x'>\"&\"</a>".htmlEscaped == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;")
            #expect("天安门 ok".htmlEscaped == "天安门 ok")
        }

        @Test(.enabled(if: HeadlessChromium.installed != nil || HeadlessChromium.isRequired,
                       "chromium is not installed (apt-get install chromium); set CI to make this a failure"))
        func rendersInHeadlessChromium() throws {
            let chromium = try #require(HeadlessChromium.installed, "CI is set but chromium is not on PATH")
            let folder = try TemporaryDirectory()
            let file = folder.path + "/report.html"
            try Data(try Self.page(in: folder).utf8).write(to: URL(fileURLWithPath: file))

            let dom = try chromium.dumpDOM(of: file, profile: folder.path + "/profile-dom")
            #expect(dom.contains("Language gap"))
            #expect(dom.contains("open-model"))
            #expect(dom.contains(SyntheticRuns.chineseAnswer))
            // Serialised back as escaped text: the browser parsed it as text, not as an element.
            #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!dom.lowercased().contains("<script"))

            let png = folder.path + "/report.png"
            try chromium.screenshot(of: file, to: png, width: 1280, height: 2400, profile: folder.path + "/profile-shot")
            let image = try Data(contentsOf: URL(fileURLWithPath: png))
            #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
            // A blank 1280 × 2400 page compresses to a few KB; charts, heatmap and text take far more.
            #expect(image.count > 60_000, "screenshot is \(image.count) bytes: the page looks blank")
            // To look at the page (and refresh docs/report-screenshot.png): SPEECHPROBE_KEEP_REPORT=DIR.
            if let keep = ProcessInfo.processInfo.environment["SPEECHPROBE_KEEP_REPORT"] {
                for name in ["report.html", "report.png"] {
                    try? FileManager.default.removeItem(atPath: keep + "/" + name)
                    try FileManager.default.copyItem(atPath: folder.path + "/" + name, toPath: keep + "/" + name)
                }
            }
        }
    }
}

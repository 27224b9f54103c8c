import Foundation
import Testing
import ProbeClassifier
import ProbeCore
import ProbeJournal
import ProbeReports
import ProbeRunner
import SpeechProbeTesting

extension ReliabilityTests {
    /// What an endpoint says is kept only up to a size, and a cut says so: a server listing tens of thousands of models or a
    /// judge writing megabytes cannot swell every manifest, record and report.
    @Suite struct EndpointSizeCapTests {
        @Test func aHugeModelListIsCutInTheManifestAndTheReport() async throws {
            let folder = try TemporaryDirectory()
            let directory = RunDirectory(folder.path + "/run")
            let models = [CLIRunFixture.model] + (0..<30_000).map { "m\($0)" }
            let manifest = try await StubOpenAIServer.withRunning(.always(.answer("A full answer.")), models: models) { url, _ in
                try await StubEndpointRun.run(at: url, into: directory, timeout: .seconds(30), checkModel: true)
            }
            let target = try #require(manifest.targets.first)
            #expect(target.servedModels?.count == RunManifest.TargetEntry.servedModelsKept)
            #expect(target.servedModels?.first == CLIRunFixture.model)
            #expect(target.servedModelsListed == 30_001)
            let size = try FileManager.default.attributesOfItem(atPath: directory.manifest)[.size] as? Int ?? .max
            #expect(size < 64 << 10, "manifest of \(size) bytes")
            let html = HTMLReport(rates: try RunReports.rates(of: [directory], by: [.overall]), runs: try RunReports.describe([directory])).render()
            #expect(html.utf8.count < 512 << 10, "HTML of \(html.utf8.count) bytes")
            #expect(html.contains("first 200 of 30001"))
        }

        @Test func aHugeJudgeOutputIsCutButItsLabelIsRead() async throws {
            let filler = String(repeating: "The judge goes on and on about the answer. ", count: 170_000)
            let judge = JudgeClassifier(transport: ScriptedTransport(reply: filler + "\nLABEL: evasive"),
                                        configuration: .init(model: "j"), fallback: RuleClassifier())
            let verdict = await judge.classify(ClassifierInput(question: "Q?", response: "An answer."))
            #expect(verdict.label == .evasive && verdict.decidedBy?.name.hasPrefix("judge") == true)
            let kept = try #require(verdict.judgeOutput)
            #expect(kept.utf8.count <= JudgeClassifier.keptOutputBytes + 200)
            #expect(kept.hasPrefix("The judge goes on") && kept.hasSuffix("LABEL: evasive"))
            #expect(kept.contains("cut by speechprobe"))
        }

        @Test func cuttingKeepsShortTextWholeAndLongTextWithinItsLimit() {
            #expect("short".cut(toBytes: 100) == "short")
            let long = String(repeating: "天安门", count: 1_000)
            let cut = long.cut(toBytes: 300)
            #expect(cut.utf8.count <= 300 + 80 && cut.hasPrefix("天安门") && cut.hasSuffix("天安门"))
            #expect(cut.contains("cut by speechprobe") && cut.contains("of \(long.utf8.count) bytes"))
        }
    }
}

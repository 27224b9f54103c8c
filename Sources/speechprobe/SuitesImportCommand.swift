import ArgumentParser
import Foundation
import SpeechProbeKit

extension ImportFormat: ExpressibleByArgument {}

extension SpeechProbe.Suites {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert another project's prompt list (SpeechMap JSONL, deccp text, promptfoo CSV) into a suite.")

        @Argument(help: "Source format: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: ImportFormat

        @Argument(help: "The files to import, written as one suite (SpeechMap translations grouped with their originals by question id).")
        var files: [String]

        @Option(help: "Where to write the suite YAML (default: print it).")
        var out: String?

        @Option(help: "Region code to set on every prompt, e.g. CN.")
        var region: String?

        @Option(help: "Language tag to set on every prompt, e.g. zh-Hans.")
        var language: String?

        @Option(help: "Topic to set on every prompt.")
        var topic: String?

        func run() throws {
            let suite: Suite
            do {
                suite = try SuiteImporter.load(files, format: format,
                                               options: ImportOptions(region: region, language: language, topic: topic))
            } catch {
                printError(error.description)
                throw ExitCode(65)
            }
            let yaml = try SuiteYAMLWriter.yaml(
                for: suite, comment: "Imported by speechprobe from \(format.rawValue) \(files.count == 1 ? "file" : "files") \(files.joined(separator: ", ")) (sha256 \(suite.sha256)).")
            guard let out else {
                print(yaml, terminator: "")
                return
            }
            try writeFile(yaml, to: out)
            printError("wrote \(suite.prompts.count) prompts to \(out)")
        }
    }
}

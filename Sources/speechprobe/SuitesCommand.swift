import ArgumentParser
import SpeechProbeKit

extension SpeechProbe {
    struct Suites: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check and count prompt suites.",
            subcommands: [Validate.self, List.self, Import.self]
        )
    }
}

extension SpeechProbe.Suites {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load suites and report every problem with its file, line and field.")

        @Argument(help: "Suite files or folders of suites.")
        var paths: [String] = ["prompts"]

        func run() throws {
            let set = try loadSuites(paths)
            let summary = SuiteSummary(set)
            for warning in summary.warnings { printError("warning: \(warning)") }
            printOutput("ok: \(summary.total) prompts (\(summary.controls) controls) in \(set.suites.count) suites")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count prompts by suite, topic, region, language and framing.")

        @Argument(help: "Suite files or folders of suites.")
        var paths: [String] = ["prompts"]

        func run() throws {
            printOutput(SuiteSummary(try loadSuites(paths)).render())
        }
    }
}

/// Loads suites, turning a validation failure into a clean message and a non-zero exit.
func loadSuites(_ paths: [String]) throws -> SuiteSet {
    do {
        return try SuiteLoader.load(paths)
    } catch let error as SuiteValidationError {
        printError(error.description)
        throw ExitCode(65)
    }
}

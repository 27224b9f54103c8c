import ArgumentParser
import Foundation
import SpeechProbeKit

extension SpeechProbe {
    struct Classify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-label a run's answers offline or with an LLM judge, without asking the probed model again.",
            discussion: """
                Rewrites RUN/responses.jsonl in place (atomically) and updates the manifest's counts. With --judge, \
                every answer goes to the judge; add --cascade T to ask it only when the offline confidence is \
                below T. Each record names the classifier that decided and keeps the judge's raw output. \
                Ctrl-C (or SIGTERM) keeps the labels given so far (exit status 130); the same command goes on from there.
                """)

        @Argument(help: "The run folder holding responses.jsonl.")
        var run: String

        @OptionGroup var classifierOptions: ClassifierOptions

        @OptionGroup var judgeOptions: JudgeOptions

        @Option(help: "Judge requests in flight at once.")
        var concurrency = 8

        func validate() throws {
            try FlagRange.check(concurrency, 1...1_000, flag: "--concurrency")
        }

        func run() async throws {
            let summary = try await withCleanErrors {
                let directory = RunDirectory(run)
                let offline = try classifierOptions.make()
                let (judgeOptions, concurrency) = (judgeOptions, concurrency)
                // SIGINT/SIGTERM cancel the judging; what was judged is kept and a second run goes on from there.
                return try await withInterruptHandling {
                    try await judgeOptions.withClassifier(offline: offline, concurrency: concurrency) {
                        try await Reclassify.run(
                            run: directory, classifier: $0, concurrency: judgeOptions.judge == nil ? 1 : concurrency)
                    }
                }
            }
            printOutput(summary.renderText(), terminator: "")
            if summary.interrupted { throw ExitCode(130) }
        }
    }
}

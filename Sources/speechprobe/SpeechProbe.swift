import ArgumentParser
import SpeechProbeKit

@main
struct SpeechProbe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speechprobe",
        abstract: "Measure what language models will not say.",
        version: SpeechProbeVersion.current,
        subcommands: [Run.self, Report.self, Diff.self, Export.self, Suites.self, Eval.self, Classify.self, Train.self]
    )
}

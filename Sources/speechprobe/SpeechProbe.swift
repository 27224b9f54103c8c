import ArgumentParser
import Foundation
import SpeechProbeKit

@main
struct SpeechProbe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speechprobe",
        abstract: "Measure what language models will not say.",
        version: SpeechProbeVersion.current,
        subcommands: [Run.self, Sweep.self, Report.self, Diff.self, Export.self, Suites.self, Eval.self, Classify.self, Train.self]
    )

    /// argument-parser's own `main`, except that the message of an error (which may quote a journal or an
    /// endpoint) goes through the same terminal sanitiser as everything else printed.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let message = fullMessage(for: error)
            let code = exitCode(for: error)
            if !message.isEmpty { code.isSuccess ? printOutput(message) : printError(message) }
            Foundation.exit(code.rawValue)
        }
    }
}

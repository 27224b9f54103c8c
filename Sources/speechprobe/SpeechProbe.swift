import ArgumentParser
import Foundation
import SpeechProbeKit

@main
struct SpeechProbe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speechprobe",
        abstract: "Measure what language models will not say.",
        version: SpeechProbeVersion.current + (buildCommit.map { " (commit \($0))" } ?? ""),
        subcommands: [Run.self, Sweep.self, Report.self, Diff.self, Export.self, Suites.self, Eval.self, Classify.self, Train.self]
    )

    /// argument-parser's own `main`, except that the message of an error (which may quote a journal or an
    /// endpoint) goes through the same terminal sanitiser as everything else printed.
    static func main() async {
        SpeechProbeVersion.commit = buildCommit
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            try checkStandardOutput()
        } catch {
            let message = fullMessage(for: error)
            let code = exitCode(for: error)
            if !message.isEmpty { code.isSuccess ? printOutput(message) : printError(message) }
            Foundation.exit(code.rawValue)
        }
    }

    /// Buffered output fails late: a full disk or `/dev/full` under `>` shows only when the buffer is written.
    /// (`fflush(nil)` flushes every stream; stderr is unbuffered, so what can fail is stdout.)
    private static func checkStandardOutput() throws {
        guard fflush(nil) == 0 else {
            printError("error: cannot write to standard output: \(String(cString: strerror(errno)))")
            throw ExitCode.failure
        }
    }
}

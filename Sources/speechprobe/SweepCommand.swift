import ArgumentParser
import Foundation
import ProbeCommandLine
import SpeechProbeKit

extension SpeechProbe {
    struct Sweep: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Probe every target of a sweep file at once, each into OUT/<name>/, then report them together.",
            discussion: """
                Each target runs within its own concurrency; a target that fails (unreachable, unknown model) is \
                reported and the others go on. Running the same command again resumes every target. At the end \
                OUT holds report.md, report.csv and report.html over every target and, when the file names a \
                baseline, diff-<name>.md and .csv for each other target; sweep.json says how each target ended \
                (complete, interrupted or failed, with the reason). Exit status: 0 when every target completed, 1 \
                when one or more failed (named on stderr), 130 when interrupted.
                """)

        @Argument(help: "The sweep file (YAML: sweep, suites, baseline, targets).")
        var file: String

        @Option(help: "Folder for the targets' run folders and the combined report.")
        var out: String

        @Option(help: "Ask only part I of N of the prompt × sample pairs (as `run --shard`: I/N, auto or auto/N).")
        var shard: String?

        @Flag(help: "Validate the file, suites and key variables and print the plan, without asking anything.")
        var dryRun = false

        func run() async throws {
            let file: SweepFile
            do {
                file = try SweepFileParser.load(self.file)
            } catch {
                printError(error.description)
                throw ExitCode(65)
            }
            let sweep = SweepRun(
                file: file, suites: try loadSuites(file.suites), out: out, shard: try shard.map(parseShard),
                classifier: try DefaultClassifier.make())
            let endpoints: [String: EndpointConfiguration]
            do {
                endpoints = try sweep.endpoints(environment: ProcessInfo.processInfo.environment)
            } catch {
                printError(error.description)
                throw ExitCode(65)
            }
            if dryRun {
                printOutput(plan(of: sweep))
                return
            }
            try await execute(sweep, endpoints: endpoints)
        }

        private func plan(of sweep: SweepRun) -> String {
            let prompts = sweep.suites.suites.reduce(0) { $0 + $1.prompts.count }
            let asked = sweep.plannedPerTarget
            var lines = ["sweep \(sweep.file.name): \(sweep.file.targets.count) target(s) × \(prompts) prompt(s) × \(sweep.file.samples) sample(s)"
                + (sweep.shard.map { ", shard \($0): \(asked) per target" } ?? "")
                + " = \(asked * sweep.file.targets.count) requests"]
            for target in sweep.file.targets {
                let baseline = target.name == sweep.file.baseline ? " (baseline)" : ""
                let replicas = target.endpoints.count > 1 ? " + \(target.endpoints.count - 1) replica(s)" : ""
                lines.append("  \(target.name)\(baseline): \(target.model) at \(target.endpoints[0])\(replicas), concurrency \(target.concurrency) → \(sweep.directory(of: target).path)")
            }
            return lines.joined(separator: "\n")
        }

        private func execute(_ sweep: SweepRun, endpoints: [String: EndpointConfiguration]) async throws {
            let lock = try await withCleanErrors { try SweepLock(out: out) }
            defer { withExtendedLifetime(lock) {} }
            let printer = SweepProgressPrinter(targets: sweep.file.targets.map(\.name))
            let results = try await withInterruptHandling {
                await sweep.execute(endpoints: endpoints, localModel: { LocalModelInfo.read(for: $0) }, progress: printer.update) { printError("warning: " + $0) }
            }
            var ends: [String: String] = [:]
            for result in results {
                if let failure = result.failure {
                    ends[result.name] = "failed: " + failure
                } else if let manifest = result.manifest {
                    ends[result.name] = "\(manifest.status.rawValue), \(manifest.counts.records) records"
                }
            }
            printer.finish(ends)
            // Written first, so a script learns which targets failed even when no target journalled anything.
            let status = out + "/sweep.json"
            try writeFile(try SweepStatus(file: sweep.file, results: results).json(), to: status)
            let written = try SweepReport.write(
                runs: results.map { ($0.name, $0.directory) }, baseline: sweep.file.baseline, into: out, write: writeFile)
            for path in [status] + written { printError("wrote \(path)") }
            let failed = results.compactMap { result in result.failureReason.map { "\(result.name) (\($0))" } }
            if !failed.isEmpty {
                printError("failed: " + failed.joined(separator: "; "))
                throw ExitCode.failure
            }
            if results.contains(where: \.wasInterrupted) {
                printError("interrupted: run the same command again to resume")
                throw ExitCode(130)
            }
        }
    }
}

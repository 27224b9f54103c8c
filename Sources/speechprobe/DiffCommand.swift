import ArgumentParser
import SpeechProbeKit

extension SpeechProbe {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two runs prompt by prompt: complete-rates per group, exact paired tests (McNemar, or the sign test when prompts were sampled several times), and the prompts whose label changed.")

        @Argument(help: "The baseline run folder; several (shards of one run) as a quoted glob or joined by commas.")
        var baseline: String

        @Argument(help: "The candidate run folder; several as a quoted glob or joined by commas.")
        var candidate: String

        @Option(help: "Grouping of the per-group rows: topic, region, language, framing, suite, or a combination such as topic+language.")
        var by: Grouping = .topic

        @Option(help: "Pairs counted: labelled (both sides labelled) or all (an unlabelled side counts as not complete).")
        var denominator: Denominator = .labelled

        @Option(help: "Write the per-group rows to this CSV file.")
        var csv: String?

        @Flag(help: "Write CSV cells exactly as they are, without the apostrophe before formula-like text (=, +, -, @).")
        var rawCsv = false

        @Option(help: "Write the diff as a self-contained HTML page (every flipped prompt, both manifests) to this file.")
        var html: String?

        func run() throws {
            let baselines = try RunFolders.expand([baseline]), candidates = try RunFolders.expand([candidate])
            try RunFolders.checkMerge(baselines)
            try RunFolders.checkMerge(candidates)
            let diff = try RunFolders.merging {
                try RunReports.diff(baselines, candidates, grouping: by, denominator: denominator)
            }
            printOutput(diff.markdown())
            if let csv {
                try writeFile(diff.csv(neutralizingFormulas: !rawCsv), to: csv)
                printError("wrote \(csv)")
            }
            if let html {
                let runs = try RunReports.describe(baselines + candidates)
                let page = HTMLReport(title: "speechprobe diff", rates: nil, diff: diff, runs: runs)
                try writeFile(page.render(), to: html)
                printError("wrote \(html)")
            }
        }
    }
}

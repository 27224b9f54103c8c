import ProbeJournal
import ProbeSuites

extension RunManifest.SuiteEntry {
    /// The entry a manifest keeps for `suite`: where it came from and which bytes it held.
    package init(_ suite: Suite) {
        self.init(name: suite.name, file: suite.file, sha256: suite.sha256, prompts: suite.prompts.count)
    }
}

import ArgumentParser
import SpeechProbeKit

/// `--classifier NAME`, shared by the commands that label answers offline.
struct ClassifierOptions: ParsableArguments {
    @Option(help: "The offline classifier: default (the bundled model with the rules), linear (the same), or rules.")
    var classifier = "default"

    func validate() throws {
        guard DefaultClassifier.names.contains(classifier) else {
            throw ValidationError("--classifier must be one of \(DefaultClassifier.names.joined(separator: ", "))")
        }
    }

    func make() throws -> any SynchronousClassifier {
        try DefaultClassifier.make(named: classifier)
    }
}

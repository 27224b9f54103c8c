/// The offline classifiers by name, and the one a run uses by default.
///
/// The default is the bundled linear model blended with the rules (`LinearClassifier.bundled()`): on
/// held-out models it matches the rules on SpeechMap and beats them by 11 points on XSTest, and the rules'
/// own figures are optimistic because their phrases were written while reading those rows (MODEL_CARD.md).
package enum DefaultClassifier {
    /// Names `make(named:)` accepts.
    package static let names = ["default", "linear", "rules"]

    package struct UnknownName: Error, Sendable, CustomStringConvertible {
        package var name: String
        package var description: String {
            "unknown classifier \"\(name)\"; choose one of \(DefaultClassifier.names.joined(separator: ", "))"
        }
    }

    /// The classifier a run uses when none is named.
    package static func make() throws -> any SynchronousClassifier {
        try LinearClassifier.bundled()
    }

    /// `default` or `linear` (the bundled model), or `rules` (the phrase rules alone).
    package static func make(named name: String) throws -> any SynchronousClassifier {
        switch name {
        case "default", "linear": try make()
        case "rules": RuleClassifier()
        default: throw UnknownName(name: name)
        }
    }
}

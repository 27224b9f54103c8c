import Foundation

/// Where tests find the repository's files, worked out once from this file's own path
/// (`Tests/SpeechProbeTesting/Repository.swift`), so every test target finds them the same way.
package enum Repository {
    /// The repository's root, the folder holding `Package.swift`.
    package static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/`: files the tests read, in no target's folder, so every test target reaches them.
    package static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    /// `prompts/`: the built-in suites.
    package static let prompts = root.appendingPathComponent("prompts")

    /// `../shared/data` beside the repository: labelled sets and reference tables a test uses when they are there.
    package static let sharedData = root.appendingPathComponent("../shared/data").standardized
}

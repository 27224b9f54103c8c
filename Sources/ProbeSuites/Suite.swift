import ProbeCore

/// The prompts of one suite file, with where each came from.
package struct Suite: Sendable, Hashable {
    package var name: String
    package var description: String?
    /// Path as given to the loader.
    package var file: String
    /// SHA-256 of the file's bytes, recorded in run manifests so results name the exact suite.
    package var sha256: String
    package var prompts: [Prompt]
    /// Line of each prompt's entry, by position in `prompts`, for errors found after loading (an array: a
    /// table keyed by id cost a million-prompt suite 50 MB).
    package var lines: [Int]
    /// Framings the suite claims every topic has in every language (`framings:` in the file).
    package var framings: [String]?
    /// Languages the suite claims every topic is asked in (`languages:`; a topic may have more).
    package var languages: [String]?
    /// Positions (each prompt's `position`) the suite claims each of these framings has for every topic in every
    /// language (`positions:`, e.g. `{essay: [critical, official]}`); an entry `official|silence` is met by
    /// either.
    package var positions: [String: [String]]?
    /// Languages asked for some topics only, each with the topics it claims (`partial_languages:`): every
    /// translation group of a listed topic has a prompt in that language, and no other topic has one.
    package var partialLanguages: [String: [String]]?
    /// The one template per framing and language that every positioned prompt follows, whatever its side
    /// (`templates:`, e.g. `{essay: {en: "Write an essay arguing that {claim}."}}`).
    package var templates: [String: [String: String]]?

    package init(
        name: String, description: String? = nil, file: String, sha256: String, prompts: [Prompt],
        lines: [Int] = [], framings: [String]? = nil, languages: [String]? = nil, positions: [String: [String]]? = nil,
        partialLanguages: [String: [String]]? = nil, templates: [String: [String: String]]? = nil
    ) {
        self.name = name
        self.description = description
        self.file = file
        self.sha256 = sha256
        self.prompts = prompts
        self.lines = lines
        self.framings = framings
        self.languages = languages
        self.positions = positions
        self.partialLanguages = partialLanguages
        self.templates = templates
    }

    /// The line of the prompt at `index`, when known.
    package func line(at index: Int) -> Int? {
        lines.indices.contains(index) ? lines[index] : nil
    }
}

/// The framings a prompt may declare; a typo in a suite is caught instead of becoming a new group.
package enum Framing {
    package static let known: Set<String> = [
        "factual", "essay", "satire", "joke", "advice", "comparison", "explain", "speech", "neutral",
        "story", "question", "roleplay",
    ]
}

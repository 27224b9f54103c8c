import Synchronization

/// The tool's version, recorded in every run manifest.
package enum SpeechProbeVersion {
    package static let current = "0.1.0"

    /// The commit the running binary was built from, when its build said (`scripts/package` writes it into the
    /// executable, which sets it here at start); nil for a development build.
    package static var commit: String? {
        get { recordedCommit.withLock { $0 } }
        set { recordedCommit.withLock { $0 = newValue } }
    }

    private static let recordedCommit = Mutex<String?>(nil)

    /// "0.1.0", or "0.1.0 (commit 1a2b3c4d5e6f)" for a packaged build.
    package static var description: String {
        current + (commit.map { " (commit \($0))" } ?? "")
    }
}

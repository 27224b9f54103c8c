/// The tool's version, recorded in every run manifest.
package enum SpeechProbeVersion {
    package static let current = "0.1.0"
}

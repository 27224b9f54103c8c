/// The tool's version, recorded in every run manifest.
public enum SpeechProbeVersion {
    public static let current = "0.1.0"
}

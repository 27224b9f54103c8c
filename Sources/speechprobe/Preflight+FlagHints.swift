import SpeechProbeKit

extension Preflight.Failure {
    /// The failure with the flags that fix it: the library does not know the command line's flags.
    var withFlagHints: String {
        switch problem {
        case .invalidURL: description
        case .credentialsInURL: description + "; pass the key with --api-key-env or --api-key-file instead"
        case .unreachable: description + " (check --endpoint, or pass --skip-model-check for servers without /models)"
        case .modelNotServed: description + "; check --model, or pass --skip-model-check"
        }
    }
}

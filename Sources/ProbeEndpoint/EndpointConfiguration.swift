import ProbeCore

/// Where and how to reach one OpenAI-compatible endpoint.
///
/// The API key arrives already resolved (see `APIKey`); it is sent as a bearer token and never appears in
/// `description`, in logs or in failure messages.
package struct EndpointConfiguration: Sendable, CustomStringConvertible, CustomReflectable {
    /// The API root that `/chat/completions` and `/models` hang off, e.g. `http://127.0.0.1:8080/v1`.
    package var baseURL: String
    package var apiKey: String?
    /// Overall limit for one attempt, response head and body together.
    package var timeout: Duration
    package var retry: RetryPolicy
    /// Larger bodies fail with `too_large` instead of filling memory.
    package var maxResponseBytes: Int
    /// Sent with every request, e.g. an organisation header some gateways want; replaces a default header
    /// of the same name. Values are secrets, masked like the key (see `redactor`).
    package var extraHeaders: [String: String]

    package init(
        baseURL: String, apiKey: String? = nil, timeout: Duration = .seconds(120), retry: RetryPolicy = RetryPolicy(),
        maxResponseBytes: Int = 8 << 20, extraHeaders: [String: String] = [:]
    ) {
        // A trailing slash would double up when paths are appended.
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.apiKey = apiKey
        self.timeout = timeout
        self.retry = retry
        self.maxResponseBytes = maxResponseBytes
        self.extraHeaders = extraHeaders
    }

    /// Masks this endpoint's key, and the values of its extra headers (a gateway's own auth header is as
    /// secret as the key), in whatever the endpoint sends back. A value shorter than `minimumRun` is left
    /// alone: masking every `true` or `1` in answers would corrupt them, and no credential is that short.
    package var redactor: SecretRedactor {
        SecretRedactor([apiKey] + extraHeaders.values.filter { $0.count >= SecretRedactor.minimumRun })
    }

    package var chatCompletionsURL: String { baseURL + "/chat/completions" }
    package var modelsURL: String { baseURL + "/models" }

    package var description: String {
        "\(baseURL) (key: \(apiKey == nil ? "none" : "set"), timeout: \(timeout), attempts: \(retry.maxAttempts))"
    }

    /// What `dump` and debuggers show: everything but the key itself.
    package var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "baseURL": baseURL, "apiKey": apiKey == nil ? "none" : "set", "timeout": timeout, "retry": retry,
                "maxResponseBytes": maxResponseBytes, "extraHeaders": extraHeaders.keys.sorted(),
            ])
    }
}

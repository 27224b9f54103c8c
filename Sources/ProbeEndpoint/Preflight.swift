/// Checks an endpoint before a run, so a typo in the URL or the model fails in a second, not after a sweep.
package enum Preflight {
    /// What the check found, in the library's words; the command line adds which flag to change.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package enum Problem: Sendable, Hashable {
            case invalidURL, credentialsInURL, unreachable, modelNotServed
        }

        package var problem: Problem
        package var description: String
    }

    /// Validates a base URL: http or https, a host, a port in 1–65535 if any, no query or fragment (paths are
    /// appended to it), and no credentials in it — neither `user:pass@` nor a key in the query string, which
    /// would otherwise be written to every record.
    package static func checkURL(_ url: String) throws(Failure) {
        guard let components = URLParts(url) else {
            throw Failure(problem: .invalidURL, description: "invalid endpoint URL '\(url)': expected http://HOST[:PORT]/v1 or https://…")
        }
        guard !components.hasCredentials else {
            throw Failure(problem: .credentialsInURL, description: "the endpoint URL holds credentials")
        }
        if let port = components.port, !(UInt16(port).map { $0 > 0 } ?? false) || port.contains(where: { !$0.isASCII }) {
            throw Failure(problem: .invalidURL, description: "invalid endpoint URL '\(url)': port \(port) is not 1-65535")
        }
        guard !components.hasQueryOrFragment else {
            throw Failure(problem: .invalidURL,
                          description: "invalid endpoint URL '\(url)': a base URL takes no query or fragment (paths such as /models are appended to it)")
        }
    }

    /// Lists the served models and checks that `model` is among them; returns the list for the manifest.
    package static func checkModel(_ model: String, at client: some ChatAttempting, required: Bool) async throws(Failure) -> [String]? {
        let served: [String]
        do {
            served = try await client.listModels()
        } catch {
            guard required else { return nil }
            throw Failure(problem: .unreachable, description: "cannot reach the endpoint: \(error.message)")
        }
        if required { try requireServed(model, in: served, by: client.configuration.baseURL) }
        return served
    }

    /// Throws unless `served`, what `baseURL` listed under `/models`, holds `model`.
    static func requireServed(_ model: String, in served: [String], by baseURL: String) throws(Failure) {
        guard !served.contains(model) else { return }
        let listed = served.isEmpty ? "none" : served.prefix(20).joined(separator: ", ")
        throw Failure(problem: .modelNotServed, description: "model '\(model)' is not served by \(baseURL) (it lists: \(listed))")
    }
}

/// The parts of a URL the preflight checks, parsed without Foundation's leniency.
struct URLParts {
    var scheme: String
    var host: String
    /// What follows the host's `:`, as written (nil without one).
    var port: String?
    var hasCredentials: Bool
    var hasQueryOrFragment: Bool

    init?(_ text: String) {
        guard let schemeEnd = text.range(of: "://") else { return nil }
        scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = text[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let query = rest.drop { $0 != "?" && $0 != "#" }
        hasQueryOrFragment = !query.isEmpty
        // A key in the query string (`?api_key=…`, `&token=…`) is a credential like `user:pass@`.
        let names = query.dropFirst().split { $0 == "&" || $0 == ";" || $0 == "#" }.map { $0.prefix { $0 != "=" }.lowercased() }
        hasCredentials = authority.contains("@")
            || names.contains { name in URLParts.credentialWords.contains { name.contains($0) } }
        let hostPort = authority.split(separator: "@").last.map(String.init) ?? ""
        let afterHost: Substring
        if hostPort.hasPrefix("[") {
            host = String(hostPort.prefix { $0 != "]" }.dropFirst())
            afterHost = hostPort.drop { $0 != "]" }.dropFirst()
        } else {
            host = String(hostPort.prefix { $0 != ":" })
            afterHost = hostPort.drop { $0 != ":" }
        }
        port = afterHost.hasPrefix(":") ? String(afterHost.dropFirst()) : nil
        guard !host.isEmpty, !host.contains(where: \.isWhitespace) else { return nil }
    }

    /// Query parameter names that hold a secret.
    static let credentialWords = ["key", "token", "secret", "password", "passwd", "auth", "signature", "sig", "credential"]
}

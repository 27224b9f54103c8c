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

    /// Validates a base URL: http or https, a host, and no credentials in it.
    package static func checkURL(_ url: String) throws(Failure) {
        guard let components = URLParts(url) else {
            throw Failure(problem: .invalidURL, description: "invalid endpoint URL '\(url)': expected http://HOST[:PORT]/v1 or https://…")
        }
        guard !components.hasCredentials else {
            throw Failure(problem: .credentialsInURL, description: "the endpoint URL holds credentials")
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
    var hasCredentials: Bool

    init?(_ text: String) {
        guard let schemeEnd = text.range(of: "://") else { return nil }
        scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = text[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        hasCredentials = authority.contains("@")
        let hostPort = authority.split(separator: "@").last.map(String.init) ?? ""
        host = hostPort.hasPrefix("[")
            ? String(hostPort.prefix { $0 != "]" }.dropFirst())
            : String(hostPort.prefix { $0 != ":" })
        guard !host.isEmpty, !host.contains(where: \.isWhitespace) else { return nil }
    }
}

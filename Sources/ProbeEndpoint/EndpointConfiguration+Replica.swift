extension EndpointConfiguration {
    /// The same key, timeout, retries and headers for another replica's base URL.
    package func replica(at baseURL: String) -> EndpointConfiguration {
        var replica = self
        // Through the initialiser, which trims the trailing slash.
        replica.baseURL = EndpointConfiguration(baseURL: baseURL).baseURL
        return replica
    }
}

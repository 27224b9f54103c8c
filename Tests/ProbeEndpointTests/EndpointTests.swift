import Testing

/// The endpoint client's suites, nested here so `swift test --filter EndpointTests/` selects exactly them
/// (`--filter ProbeEndpointTests` runs the whole target, the replica and redaction suites too).
@Suite enum EndpointTests {}

import Testing

/// The endpoint client's suites, nested here so `swift test --filter Endpoint` selects exactly them.
@Suite enum EndpointTests {}

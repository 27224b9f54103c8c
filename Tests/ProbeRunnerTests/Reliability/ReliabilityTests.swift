import Testing

/// Hostile endpoints, crash-safe resume, bad input and secrets: `swift test --filter Reliability` selects
/// exactly these suites.
@Suite enum ReliabilityTests {}

import Testing

/// Groups the report library's suites so `swift test --filter Report` selects them all.
@Suite struct ReportTests {}

/// Where a run stands, as `manifest.json` stores it under `status`; the raw words are a contract.
///
/// A struct rather than an enum so that a manifest with a word this version does not know still loads.
public struct RunStatus: RawRepresentable, Sendable, Codable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    public var description: String { rawValue }

    /// Asking now, or stopped so hard (SIGKILL, power) that it could not say otherwise.
    public static let running: RunStatus = "running"
    /// Every planned prompt × sample has a record.
    public static let complete: RunStatus = "complete"
    /// Stopped before every prompt had a record; the same command resumes it.
    public static let interrupted: RunStatus = "interrupted"
    /// Stopped because the endpoint answered only 429/503 for longer than the rate-limit budget.
    public static let rateLimited: RunStatus = "rate_limited"
}

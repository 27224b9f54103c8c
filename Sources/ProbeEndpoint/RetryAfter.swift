import Foundation

/// Reads the wait a server asks for before the next request.
package enum RetryAfter {
    /// The delay from `retry-after-ms` (OpenAI's millisecond variant, preferred when present) or `Retry-After`
    /// (delay-seconds or an HTTP-date, RFC 9110 §10.2.3); nil when absent or unreadable.
    package static func delay(retryAfter: String?, retryAfterMS: String?, now: Date = Date()) -> Duration? {
        if let milliseconds = retryAfterMS.flatMap(number) {
            return .milliseconds(milliseconds)
        }
        guard let value = retryAfter?.trimmingWhitespace(), !value.isEmpty else { return nil }
        if let seconds = number(value) {
            return .milliseconds(seconds * 1000)
        }
        guard let date = httpDate(value) else { return nil }
        return .milliseconds(min(max(0, date.timeIntervalSince(now)), 1e9) * 1000)
    }

    /// A non-negative decimal; fractions are accepted because some gateways send them. Clamped so the
    /// conversion to `Duration` cannot overflow; the policy caps it far lower anyway.
    private static func number(_ text: String) -> Double? {
        guard let value = Double(text.trimmingWhitespace()), value.isFinite, value >= 0 else { return nil }
        return min(value, 1e9)
    }

    /// IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the only HTTP-date form senders may generate.
    private static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: text)
    }
}

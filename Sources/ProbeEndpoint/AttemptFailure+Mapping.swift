import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Maps transport errors and HTTP error statuses onto the journal's error kinds, explicitly, with short
/// messages. Nothing here sees the API key; the client redacts anyway in case a server echoes it.
extension AttemptFailure {
    /// The client's per-attempt deadline (head and body) passed.
    static func deadline(_ timeout: Duration) -> AttemptFailure {
        AttemptFailure(.timeout, "no complete response within \(timeout)", isRetryable: true)
    }

    /// A thrown transport error. Call only when the task itself was not cancelled.
    static func transport(_ error: any Error) -> AttemptFailure {
        switch error {
        case let error as AttemptFailure:
            return error
        case let error as HTTPClientError:
            return httpClient(error)
        case let error as NIOConnectionError:
            let unresolved = error.dnsAError != nil || error.dnsAAAAError != nil
            let reason = error.connectionErrors.first.map { describe($0.error) }
                ?? (unresolved ? "host not found" : "no address to connect to")
            return AttemptFailure(.connection, "cannot connect to \(error.host):\(error.port): \(reason)", isRetryable: true)
        case ChannelError.connectTimeout:
            return AttemptFailure(.timeout, "connecting timed out", isRetryable: true)
        case HTTPParserError.invalidEOFState:
            return AttemptFailure(.connection, "server closed the connection before the response ended", isRetryable: true)
        case is ChannelError, is IOError:
            return AttemptFailure(.connection, describe(error), isRetryable: true)
        case is CancellationError:
            return .cancelled
        default:
            // TLS and protocol errors: a new attempt would meet the same certificate or the same server.
            return AttemptFailure(.connection, "transport error: \(String(describing: error).excerpt())")
        }
    }

    private static func httpClient(_ error: HTTPClientError) -> AttemptFailure {
        switch error {
        case .readTimeout:
            return AttemptFailure(.timeout, "server sent nothing for longer than the read timeout", isRetryable: true)
        case .connectTimeout, .getConnectionFromPoolTimeout, .tlsHandshakeTimeout:
            return AttemptFailure(.timeout, "connecting timed out", isRetryable: true)
        case .writeTimeout:
            return AttemptFailure(.timeout, "sending the request timed out", isRetryable: true)
        case .remoteConnectionClosed:
            return AttemptFailure(.connection, "server closed the connection before the response ended", isRetryable: true)
        case .cancelled:
            return .cancelled
        case .invalidURL, .emptyHost, .emptyScheme:
            return AttemptFailure(.connection, "the base URL is not a valid http(s) URL")
        default:
            return AttemptFailure(.connection, "HTTP client error: \(error)".excerpt())
        }
    }

    /// A short human reason for socket-level errors.
    private static func describe(_ error: any Error) -> String {
        switch error {
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED: return "connection refused"
            case ECONNRESET: return "connection reset by peer"
            case EPIPE: return "connection closed by peer"
            case ETIMEDOUT: return "connection timed out"
            case EHOSTUNREACH, ENETUNREACH: return "host unreachable"
            default: return "network error (errno \(error.errnoCode))"
            }
        case ChannelError.eof, ChannelError.ioOnClosedChannel, ChannelError.alreadyClosed, ChannelError.inputClosed:
            return "connection closed"
        default:
            return String(describing: error).excerpt()
        }
    }
}

extension AttemptFailure {
    /// A non-success status. `body` is the response text, possibly empty.
    static func httpStatus(
        _ status: Int, reason: String, body: String, retryAfter: Duration?
    ) -> AttemptFailure {
        let detail = errorMessage(in: body) ?? body
        let message = "HTTP \(status) \(reason)" + (detail.isEmpty ? "" : ": " + detail.excerpt())
        if isPolicyRefusal(status: status, body: body) {
            return AttemptFailure(.policy, message, status: status)
        }
        return AttemptFailure(
            .httpStatus, message, status: status, isRetryable: retryableStatuses.contains(status),
            retryAfter: retryAfter)
    }

    /// Words providers use when a safety filter, not a fault, rejected the request (Alibaba's
    /// `data_inspection_failed`, OpenAI's `content_policy_violation`, Azure's `content_filter` and
    /// `ResponsibleAIPolicyViolation`).
    static let policyMarkers = [
        "data_inspection_failed", "inappropriate content", "content_policy", "content policy", "content_filter",
        "content filter", "content management policy", "responsibleaipolicyviolation", "safety", "moderation",
    ]

    static func isPolicyRefusal(status: Int, body: String) -> Bool {
        if status == 451 { return true }
        guard [400, 403, 422].contains(status) else { return false }
        let lowered = body.lowercased()
        return policyMarkers.contains { lowered.contains($0) }
    }

    /// `error.message` from an OpenAI-style error body, which reads better than the raw JSON.
    private static func errorMessage(in body: String) -> String? {
        ChatCompletionResponseBody(body.utf8)?.errorMessage
    }
}

extension AttemptFailure {
    /// Redirects are not followed (see `HTTPClient.Configuration.speechProbe`): a moved API is a wrong base URL.
    static func redirect(_ status: Int, location: String?) -> AttemptFailure {
        let target = location.map { " to \($0.excerpt(limit: 120))" } ?? ""
        return AttemptFailure(
            .httpStatus, "HTTP \(status) redirect\(target) not followed; use the final URL as the base URL",
            status: status)
    }
}

/// Runs `operation`, abandoning it once `timeout` has passed.
///
/// async-http-client's own deadline stops at the response head; this one also covers reading the body, so a
/// server that drips bytes cannot hold a connection slot forever. The operation is cancelled when the deadline
/// wins, and is expected to end promptly on cancellation (HTTP requests do).
func withDeadline<Value: Sendable>(
    _ timeout: Duration, orThrow timeoutError: any Error,
    _ operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: timeout)
            return nil
        }
        defer { group.cancelAll() }
        guard let value = try await group.next() ?? nil else { throw timeoutError }
        return value
    }
}

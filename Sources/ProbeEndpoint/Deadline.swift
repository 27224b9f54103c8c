import NIOCore
import NIOPosix

/// Runs `operation`, abandoning it once `timeout` has passed.
///
/// async-http-client's own deadline stops at the response head; this one also covers reading the body, so a
/// server that drips bytes cannot hold a connection slot forever. The operation is cancelled when the deadline
/// wins, and is expected to end promptly on cancellation (HTTP requests do).
///
/// The timer is an event-loop task, not `Task.sleep`: a cancelled `Task.sleep` keeps its memory until the
/// deadline it was sleeping towards, which at thousands of requests a second under a 120 s timeout grew a
/// run by about 600 bytes per request; a cancelled event-loop task is freed at once.
func withDeadline<Value: Sendable>(
    _ timeout: Duration, orThrow timeoutError: any Error,
    on eventLoop: any EventLoop = MultiThreadedEventLoopGroup.singleton.any(),
    _ operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            let timer = eventLoop.scheduleTask(in: TimeAmount(timeout)) {}
            try await withTaskCancellationHandler {
                try await timer.futureResult.get()
            } onCancel: {
                timer.cancel()
            }
            return nil
        }
        defer { group.cancelAll() }
        guard let value = try await group.next() ?? nil else { throw timeoutError }
        return value
    }
}

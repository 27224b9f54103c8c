import NIOCore

/// The clock on one attempt, head and body: armed as the request goes out, it calls `expire` once the timeout
/// has passed, unless the attempt ended first and disarmed it.
///
/// Injected so tests end it on a signal instead of racing the clock. The real one is a timer on the request's
/// event loop, as async-http-client's own deadline is: no task or thread per request.
package struct AttemptDeadline: Sendable {
    /// Stops a deadline that has not fired.
    package typealias Disarm = @Sendable () -> Void

    private let start: @Sendable (Duration, any EventLoop, @escaping @Sendable () -> Void) -> Disarm

    /// `start(timeout, eventLoop, expire)` arms the deadline and returns what disarms it.
    package init(start: @escaping @Sendable (_ timeout: Duration, _ eventLoop: any EventLoop, _ expire: @escaping @Sendable () -> Void) -> Disarm) {
        self.start = start
    }

    package func arm(_ timeout: Duration, on eventLoop: any EventLoop, expire: @escaping @Sendable () -> Void) -> Disarm {
        start(timeout, eventLoop, expire)
    }

    /// A timer on the request's event loop.
    package static let eventLoop = AttemptDeadline { timeout, eventLoop, expire in
        let scheduled = eventLoop.scheduleTask(in: TimeAmount(timeout), expire)
        return { scheduled.cancel() }
    }
}

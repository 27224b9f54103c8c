import NIOEmbedded
import ProbeEndpoint
import Synchronization
import Testing

extension EndpointTests {
    /// The real deadline, a timer on the request's event loop, run on an event loop whose clock the test moves.
    @Suite struct AttemptDeadlineTests {
        @Test func itFiresOnceTheTimeoutHasPassedAndNotBefore() {
            let loop = EmbeddedEventLoop()
            let fired = Mutex(0)
            _ = AttemptDeadline.eventLoop.arm(.milliseconds(300), on: loop) { fired.withLock { $0 += 1 } }
            loop.advanceTime(by: .milliseconds(299))
            #expect(fired.withLock { $0 } == 0)
            loop.advanceTime(by: .milliseconds(1))
            #expect(fired.withLock { $0 } == 1)
            loop.advanceTime(by: .seconds(10))
            #expect(fired.withLock { $0 } == 1)
        }

        @Test func aDisarmedDeadlineNeverFires() {
            let loop = EmbeddedEventLoop()
            let fired = Mutex(false)
            let disarm = AttemptDeadline.eventLoop.arm(.milliseconds(300), on: loop) { fired.withLock { $0 = true } }
            loop.advanceTime(by: .milliseconds(200))
            disarm()
            loop.advanceTime(by: .seconds(10))
            #expect(!fired.withLock { $0 })
        }
    }
}

import Foundation
import Testing
import ProbeCore
import ProbeEndpoint
import ProbeSuites

extension EndpointTests {
    @Suite struct RetryPolicyTests {
        let policy = RetryPolicy(
            maxAttempts: 4, baseDelay: .milliseconds(100), maxDelay: .seconds(1), maxRetryAfter: .seconds(30))

        @Test func ceilingDoublesPerAttemptAndStopsAtMaxDelay() {
            let ceilings = (1...6).map { policy.ceiling(after: $0) }
            #expect(ceilings == [.milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800), .seconds(1), .seconds(1)])
            #expect(policy.ceiling(after: 500) == .seconds(1))
        }

        @Test func jitteredDelaysStayUnderTheCeilingAndSpread() {
            var random = SplitMix64(seed: 42)
            for attempt in 1...5 {
                let delays = (0..<200).map { _ in policy.delay(after: attempt, using: &random) }
                #expect(delays.allSatisfy { $0 >= .zero && $0 <= policy.ceiling(after: attempt) })
                // Full jitter: the whole range is used, not a narrow band around the ceiling.
                #expect(delays.min()! < policy.ceiling(after: attempt) / 4)
                #expect(delays.max()! > policy.ceiling(after: attempt) * 3 / 4)
            }
        }

        @Test func sameSeedGivesSameDelays() {
            var first = SplitMix64(seed: 7)
            var second = SplitMix64(seed: 7)
            let a = (1...4).map { policy.delay(after: $0, using: &first) }
            let b = (1...4).map { policy.delay(after: $0, using: &second) }
            #expect(a == b)
        }

        @Test func retryAfterWinsAndIsCapped() {
            var random = SplitMix64(seed: 1)
            #expect(policy.delay(after: 1, retryAfter: .seconds(3), using: &random) == .seconds(3))
            #expect(policy.delay(after: 1, retryAfter: .seconds(3600), using: &random) == .seconds(30))
            #expect(policy.delay(after: 1, retryAfter: .seconds(-5), using: &random) == .zero)
        }

        @Test func attemptsAreCountedFromOne() {
            #expect(policy.allowsRetry(after: 3))
            #expect(!policy.allowsRetry(after: 4))
            let once = RetryPolicy(maxAttempts: 0)
            #expect(once.maxAttempts == 1)
            #expect(!once.allowsRetry(after: 1))
        }

        @Test func readsRetryAfterSecondsFractionsAndMilliseconds() {
            #expect(RetryAfter.delay(retryAfter: "120", retryAfterMS: nil) == .seconds(120))
            #expect(RetryAfter.delay(retryAfter: " 0.5 ", retryAfterMS: nil) == .milliseconds(500))
            #expect(RetryAfter.delay(retryAfter: "120", retryAfterMS: "250") == .milliseconds(250))
            #expect(RetryAfter.delay(retryAfter: nil, retryAfterMS: nil) == nil)
            #expect(RetryAfter.delay(retryAfter: "soon", retryAfterMS: "-1") == nil)
            #expect(RetryAfter.delay(retryAfter: "1e300", retryAfterMS: nil) != nil)
        }

        @Test func readsRetryAfterHTTPDate() {
            let now = Date(timeIntervalSince1970: 784_111_767)  // Sun, 06 Nov 1994 08:49:27 GMT
            #expect(RetryAfter.delay(retryAfter: "Sun, 06 Nov 1994 08:49:37 GMT", retryAfterMS: nil, now: now) == .seconds(10))
            #expect(RetryAfter.delay(retryAfter: "Sun, 06 Nov 1994 08:00:00 GMT", retryAfterMS: nil, now: now) == .zero)
        }
    }
}

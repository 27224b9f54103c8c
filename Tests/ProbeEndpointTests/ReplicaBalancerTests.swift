import Testing
import ProbeEndpoint
import ProbeRunner
import ProbeSuites

/// The selection and health state machine, driven with explicit instants: no sockets, no sleeping.
@Suite struct ReplicaBalancerTests {
    let t0 = ContinuousClock.now
    let policy = ReplicaPolicy(failureThreshold: 3, cooldown: .seconds(1), maxCooldown: .seconds(4))

    func at(_ seconds: Double) -> ContinuousClock.Instant {
        t0 + .milliseconds(Int(seconds * 1000))
    }

    /// One attempt on whichever replica the balancer picks; true when it benched that replica.
    func attempt(_ balancer: inout ReplicaBalancer, _ verdict: ReplicaBalancer.Verdict, now: ContinuousClock.Instant) -> Bool {
        balancer.release(balancer.acquire(now: now), verdict, now: now)
    }

    @Test func anIdlePoolAlternates() {
        var balancer = ReplicaBalancer(count: 3, policy: policy)
        var picks: [Int] = []
        for _ in 0..<6 {
            let index = balancer.acquire(now: t0)
            picks.append(index)
            balancer.release(index, .answered, now: t0)
        }
        #expect(picks == [0, 1, 2, 0, 1, 2])
    }

    @Test func theReplicaWithFewestOutstandingWins() {
        var balancer = ReplicaBalancer(count: 2, policy: policy)
        #expect(balancer.acquire(now: t0) == 0)
        #expect(balancer.acquire(now: t0) == 1)
        #expect(balancer.acquire(now: t0) == 0)
        // Replica 1 finishes its request; 0 still holds two.
        balancer.release(1, .answered, now: t0)
        #expect(balancer.acquire(now: t0) == 1)
        #expect(balancer.acquire(now: t0) == 1)
        #expect(balancer.replicas.map(\.outstanding) == [2, 2])
    }

    @Test func aRetryAvoidsTheReplicaThatJustFailedItWhenItCan() {
        var balancer = ReplicaBalancer(count: 2, policy: policy)
        let first = balancer.acquire(now: t0)
        balancer.release(first, .struggling, now: t0)
        let second = balancer.acquire(now: t0, avoiding: first)
        #expect(second != first)
        balancer.release(second, .struggling, now: t0)
        // With one replica there is nowhere else to go.
        var single = ReplicaBalancer(count: 1, policy: policy)
        #expect(single.acquire(now: t0, avoiding: 0) == 0)
    }

    @Test func anUnreachableReplicaIsBenchedAtOnceAndSkipped() {
        var balancer = ReplicaBalancer(count: 2, policy: policy)
        let index = balancer.acquire(now: t0)
        let benched = balancer.release(index, .unreachable, now: t0)
        #expect(benched)
        #expect(!balancer.canTake(index, now: at(0.5)))
        #expect(balancer.hasAlternative(to: index, now: at(0.5)))
        for _ in 0..<4 {
            #expect(balancer.acquire(now: at(0.5)) != index)
        }
    }

    @Test func strugglingBenchesOnlyAtTheThresholdAndAnAnswerClearsStrikes() {
        var balancer = ReplicaBalancer(count: 1, policy: policy)
        for _ in 0..<2 {
            #expect(!attempt(&balancer, .struggling, now: t0))
        }
        #expect(!attempt(&balancer, .answered, now: t0))
        for _ in 0..<2 {
            #expect(!attempt(&balancer, .struggling, now: t0))
        }
        #expect(attempt(&balancer, .struggling, now: t0))
        #expect(balancer.replicas[0].benchedUntil == at(1))
    }

    @Test func afterTheCooldownOneTrialRequestAtATimeThenRecovery() {
        var balancer = ReplicaBalancer(count: 2, policy: policy)
        balancer.release(balancer.acquire(now: t0), .unreachable, now: t0)
        #expect(!balancer.canTake(0, now: at(0.9)))
        // Past the cool-down replica 0 is on trial: it takes one request, and nothing more while that is out.
        let first = balancer.acquire(now: at(1.1))
        let second = balancer.acquire(now: at(1.1))
        #expect(Set([first, second]) == [0, 1])
        #expect(!balancer.canTake(0, now: at(1.1)))
        #expect(balancer.acquire(now: at(1.1)) == 1)
        balancer.release(0, .answered, now: at(1.2))
        #expect(balancer.replicas[0] == ReplicaBalancer.Replica())
        #expect(balancer.acquire(now: at(1.2)) == 0)
    }

    @Test func aFailedTrialDoublesTheCooldownUpToTheMaximum() {
        var balancer = ReplicaBalancer(count: 1, policy: policy)
        var now = t0
        var lengths: [Duration] = []
        for round in 0..<4 {
            // On trial one strike is enough: the threshold counts only for a replica in service.
            balancer.release(balancer.acquire(now: now), round == 0 ? .unreachable : .struggling, now: now)
            let until = balancer.replicas[0].benchedUntil!
            lengths.append(until - now)
            now = until
        }
        #expect(lengths == [.seconds(1), .seconds(2), .seconds(4), .seconds(4)])
    }

    @Test func failuresInFlightWhenBenchedDoNotExtendTheCooldown() {
        var balancer = ReplicaBalancer(count: 2, policy: policy)
        let a = balancer.acquire(now: t0)
        let b = balancer.acquire(now: t0)
        let c = balancer.acquire(now: t0)
        #expect(a == c)
        balancer.release(a, .unreachable, now: t0)
        let extended = balancer.release(c, .unreachable, now: at(0.1))
        #expect(!extended)
        #expect(balancer.replicas[a].benchedUntil == at(1))
        #expect(balancer.replicas[a].cooldowns == 1)
        balancer.release(b, .answered, now: t0)
    }

    @Test func whenEveryReplicaIsBenchedTheOneBackSoonestTakesTheRequest() {
        var balancer = ReplicaBalancer(count: 2, policy: policy)
        balancer.release(balancer.acquire(now: t0), .unreachable, now: t0)
        balancer.release(balancer.acquire(now: at(0.5)), .unreachable, now: at(0.5))
        #expect(!balancer.hasAlternative(to: 1, now: at(0.6)))
        #expect(balancer.acquire(now: at(0.6)) == 0)
    }

    @Test func cancelledAttemptsSayNothingAboutTheReplica() {
        var balancer = ReplicaBalancer(count: 1, policy: ReplicaPolicy(failureThreshold: 1))
        #expect(!attempt(&balancer, .cancelled, now: t0))
        #expect(balancer.replicas[0] == ReplicaBalancer.Replica())
    }

    @Test(arguments: [
        (AttemptFailure(.connection, "refused", isRetryable: true), ReplicaBalancer.Verdict.unreachable),
        (AttemptFailure(.timeout, "slow", isRetryable: true), .struggling),
        (AttemptFailure(.httpStatus, "HTTP 503", status: 503, isRetryable: true), .struggling),
        (AttemptFailure(.httpStatus, "HTTP 429", status: 429, isRetryable: true), .struggling),
        (AttemptFailure(.httpStatus, "HTTP 400", status: 400), .answered),
        (AttemptFailure(.policy, "data_inspection_failed", status: 400), .answered),
        (AttemptFailure(.decode, "HTML page", status: 200), .answered),
        (AttemptFailure.cancelled, .cancelled),
    ])
    func failuresMapToVerdicts(failure: AttemptFailure, verdict: ReplicaBalancer.Verdict) {
        #expect(ReplicaBalancer.Verdict(failure) == verdict)
    }
}

/// Picks the replica for each attempt and benches failing ones: the state machine behind `ReplicaPool`.
///
/// Pure: time comes in as `now`, so tests drive it without sleeping. Each replica is
/// - *healthy*: takes requests; the one with the fewest outstanding wins, ties taken in turn;
/// - *benched* until an instant: skipped while another replica can take the request;
/// - *on trial* once that instant has passed: takes one request at a time until one is answered.
package struct ReplicaBalancer: Sendable {
    /// What an attempt on a replica showed about the replica.
    package enum Verdict: Sendable, Equatable {
        /// The server answered (any response that is not overload or a server error): it is up.
        case answered
        /// Timeout, 5xx or 429: one strike.
        case struggling
        /// Refused, reset or dropped connection: nobody is serving there now.
        case unreachable
        /// The run was stopped; says nothing about the replica.
        case cancelled
    }

    package struct Replica: Sendable, Equatable {
        package var outstanding = 0
        /// Strikes in a row since the last answer.
        package var strikes = 0
        /// Cool-downs in a row since the last answer, for the doubling.
        package var cooldowns = 0
        /// Benched until then; past it the replica is on trial.
        package var benchedUntil: ContinuousClock.Instant?

        package init(outstanding: Int = 0) {
            self.outstanding = outstanding
        }
    }

    package let policy: ReplicaPolicy
    package private(set) var replicas: [Replica]
    /// Where the next tie-break starts, so an idle pool still alternates.
    private var turn = 0

    package init(count: Int, policy: ReplicaPolicy = ReplicaPolicy()) {
        precondition(count > 0, "a pool needs at least one replica")
        self.policy = policy
        replicas = Array(repeating: Replica(), count: count)
    }

    /// Takes a replica for one attempt; pair each call with `release`.
    ///
    /// Skips `avoiding` (where this request just failed) when another replica can take it. When every
    /// replica is benched, the one back soonest takes it: a request is never refused here.
    package mutating func acquire(now: ContinuousClock.Instant, avoiding: Int? = nil) -> Int {
        let open = replicas.indices.filter { canTake($0, now: now) }
        let preferred = open.filter { $0 != avoiding }
        let candidates = preferred.isEmpty ? open : preferred
        let chosen: Int
        if let fewest = candidates.map({ replicas[$0].outstanding }).min() {
            let tied = candidates.filter { replicas[$0].outstanding == fewest }
            chosen = tied.first { $0 >= turn } ?? tied[0]
        } else {
            chosen = replicas.indices.min { replicas[$0].benchedUntil! < replicas[$1].benchedUntil! }!
        }
        turn = (chosen + 1) % replicas.count
        replicas[chosen].outstanding += 1
        return chosen
    }

    /// Returns a replica taken by `acquire` with what the attempt showed. Returns true when this benched it.
    @discardableResult
    package mutating func release(_ index: Int, _ verdict: Verdict, now: ContinuousClock.Instant) -> Bool {
        replicas[index].outstanding -= 1
        var replica = replicas[index]
        defer { replicas[index] = replica }
        switch verdict {
        case .cancelled:
            return false
        case .answered:
            replica = Replica(outstanding: replica.outstanding)
            return false
        case .struggling, .unreachable:
            // Attempts that were already in flight when it was benched tell nothing new.
            if let until = replica.benchedUntil, now < until { return false }
            replica.strikes += 1
            let onTrial = replica.benchedUntil != nil
            guard verdict == .unreachable || onTrial || replica.strikes >= policy.failureThreshold else { return false }
            replica.cooldowns += 1
            replica.strikes = 0
            replica.benchedUntil = now + policy.cooldown(number: replica.cooldowns)
            return true
        }
    }

    /// Whether a replica other than `index` could take a request now.
    package func hasAlternative(to index: Int, now: ContinuousClock.Instant) -> Bool {
        replicas.indices.contains { $0 != index && canTake($0, now: now) }
    }

    /// Healthy, or on trial with nothing in flight.
    package func canTake(_ index: Int, now: ContinuousClock.Instant) -> Bool {
        guard let until = replicas[index].benchedUntil else { return true }
        return now >= until && replicas[index].outstanding == 0
    }
}

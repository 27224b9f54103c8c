/// When a replica is benched and for how long.
package struct ReplicaPolicy: Sendable, Hashable {
    /// Timeouts and 5xx/429 answers in a row that bench a replica; a refused connection benches it at once.
    package var failureThreshold: Int
    /// The first cool-down; each further one in a row doubles, up to `maxCooldown`.
    package var cooldown: Duration
    package var maxCooldown: Duration

    package init(failureThreshold: Int = 3, cooldown: Duration = .seconds(1), maxCooldown: Duration = .seconds(30)) {
        self.failureThreshold = max(1, failureThreshold)
        self.cooldown = cooldown
        self.maxCooldown = maxCooldown
    }

    /// The length of cool-down number `count` (1-based) in a row.
    func cooldown(number count: Int) -> Duration {
        var length = cooldown
        for _ in 1..<max(1, count) where length < maxCooldown {
            length *= 2
        }
        return min(length, maxCooldown)
    }
}

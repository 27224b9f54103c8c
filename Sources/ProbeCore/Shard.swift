/// One part of a stable partition of prompt × sample pairs, so N machines can run disjoint parts of a suite
/// into their own folders and the merged folders hold every pair exactly once.
///
/// The part of a pair is FNV-1a (64 bit) of its prompt id and sample, modulo `count`: the same on every
/// machine and every run, unlike Swift's `Hasher`, which is seeded per process.
public struct Shard: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 0-based, below `count`.
    public var index: Int
    /// How many parts the prompt × sample pairs were split into.
    public var count: Int

    package init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1, count <= 100_000 else { throw ShardError("the shard count must be between 1 and 100000, not \(count)") }
        guard index >= 0, index < count else {
            throw ShardError("the shard index must be between 0 and \(count - 1) (0-based), not \(index)")
        }
        self.index = index
        self.count = count
    }

    /// `I/N`, as written on the command line and in the manifest.
    public var description: String { "\(index)/\(count)" }

    package func contains(promptID: String, sample: Int) -> Bool {
        Self.part(promptID: promptID, sample: sample, of: count) == index
    }

    static func part(promptID: String, sample: Int, of count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in promptID.utf8 + [0] + String(sample).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count))
    }

    /// Parses `I/N`, or `auto` / `auto/N`, which take the index (and count) from a batch scheduler:
    /// a Kubernetes Indexed Job (`JOB_COMPLETION_INDEX`; the count is the `N` given, the Job's completions)
    /// or a Slurm array (`SLURM_ARRAY_TASK_ID` less `SLURM_ARRAY_TASK_MIN`, and `SLURM_ARRAY_TASK_COUNT`).
    package static func parse(_ text: String, environment: [String: String]) throws(ShardError) -> Shard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, !text.isEmpty else { throw ShardError("'\(text)' is not I/N, auto or auto/N") }
        let count: Int?
        if parts.count == 2 {
            guard let number = Int(parts[1]) else { throw ShardError("'\(parts[1])' in '\(text)' is not a whole number") }
            count = number
        } else {
            count = nil
        }
        guard parts[0] == "auto" else {
            guard let index = Int(parts[0]), let count else { throw ShardError("'\(text)' is not I/N, auto or auto/N") }
            return try Shard(index: index, count: count)
        }
        return try automatic(count: count, environment: environment)
    }

    private static func automatic(count: Int?, environment: [String: String]) throws(ShardError) -> Shard {
        func number(_ name: String) throws(ShardError) -> Int? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            guard let number = Int(value) else { throw ShardError("\(name)='\(value)' is not a whole number") }
            return number
        }
        if let index = try number("JOB_COMPLETION_INDEX") {
            guard let count else {
                throw ShardError("in a Kubernetes Indexed Job, give the Job's completions as auto/N")
            }
            return try Shard(index: index, count: count)
        }
        if let task = try number("SLURM_ARRAY_TASK_ID") {
            let minimum = try number("SLURM_ARRAY_TASK_MIN") ?? 0
            let (index, overflow) = task.subtractingReportingOverflow(minimum)
            guard !overflow else {
                throw ShardError("SLURM_ARRAY_TASK_ID=\(task) less SLURM_ARRAY_TASK_MIN=\(minimum) is out of range")
            }
            let listed = try number("SLURM_ARRAY_TASK_COUNT")
            guard let total = count ?? listed else {
                throw ShardError("SLURM_ARRAY_TASK_COUNT is not set; give the count as auto/N")
            }
            return try Shard(index: index, count: total)
        }
        throw ShardError("auto needs JOB_COMPLETION_INDEX (Kubernetes Indexed Job) or SLURM_ARRAY_TASK_ID (Slurm array) in the environment")
    }
}

package struct ShardError: Error, Sendable, CustomStringConvertible {
    package var description: String

    init(_ description: String) {
        self.description = description
    }
}

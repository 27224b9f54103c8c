import Testing
import ProbeCore
import SpeechProbeTesting

@Suite struct ShardTests {
    @Test func theShardsOfNSplitEveryPairExactlyOnce() throws {
        let pairs = (0..<500).flatMap { id in (0..<3).map { ("prompt-\(id)", $0) } }
        for count in [1, 2, 4, 7] {
            let shards = try (0..<count).map { try Shard(index: $0, count: count) }
            for (id, sample) in pairs {
                #expect(shards.filter { $0.contains(promptID: id, sample: sample) }.count == 1)
            }
            // Balanced enough that no machine idles: every shard gets at least half its fair share.
            for shard in shards {
                let share = pairs.filter { shard.contains(promptID: $0.0, sample: $0.1) }.count
                #expect(share >= pairs.count / count / 2, "shard \(shard) holds \(share) of \(pairs.count)")
            }
        }
    }

    @Test func parsesIndexAndCountFromTheFlagOrTheScheduler() throws {
        #expect(try Shard.parse("2/4", environment: [:]) == Shard(index: 2, count: 4))
        #expect(try Shard.parse("auto/8", environment: ["JOB_COMPLETION_INDEX": "5"]) == Shard(index: 5, count: 8))
        #expect(try Shard.parse("auto", environment: ["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_COUNT": "4"])
                == Shard(index: 3, count: 4))
        // Slurm arrays may start at 1 (--array=1-4).
        #expect(try Shard.parse("auto", environment: [
            "SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "4",
        ]) == Shard(index: 3, count: 4))
        for (text, environment, message) in [
            ("4/4", [String: String](), "between 0 and 3"), ("x", [:], "not I/N"), ("auto", [:], "JOB_COMPLETION_INDEX"),
            ("auto", ["JOB_COMPLETION_INDEX": "1"], "auto/N"), ("1/0", [:], "between 1 and"),
            // Extreme scheduler values are errors, never a trap on overflow.
            ("auto", ["SLURM_ARRAY_TASK_ID": "9223372036854775807", "SLURM_ARRAY_TASK_MIN": "-1", "SLURM_ARRAY_TASK_COUNT": "4"],
             "SLURM_ARRAY_TASK_ID"),
            ("auto", ["SLURM_ARRAY_TASK_ID": "-9223372036854775808", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "4"],
             "SLURM_ARRAY_TASK_ID"),
        ] {
            let error = #expect(throws: ShardError.self) { try Shard.parse(text, environment: environment) }
            #expect(error?.description.contains(message) == true, "\(text): \(error?.description ?? "")")
        }
    }
}

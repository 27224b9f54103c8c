import ProbeCore
import ProbeSuites
import ProbeJournal

extension ProbeRun {
    /// Every prompt × sample not yet journalled, in suite order.
    func pending(skipping done: Set<RecordKey>) -> PendingWork {
        PendingWork(suites: suites.suites, target: configuration.target, samples: configuration.samples, done: done,
                    shard: configuration.shard)
    }
}

/// The prompt × sample pairs a run still has to ask, made one at a time as the run reaches them: the plan
/// held as arrays cost about 50 MB per 100,000 prompts before the first request.
///
/// A concrete type on purpose: an opaque lazy sequence's iterator, captured by the run loop's nested
/// function (before `ProbeLoop` held it), lost its position between calls (Swift 6.3) and the run asked the
/// first prompts forever.
struct PendingWork: Sequence, IteratorProtocol {
    let suites: [Suite]
    let target: String
    let samples: Int
    let done: Set<RecordKey>
    let shard: Shard?
    private var suite = 0
    private var prompt = 0
    private var sample = 0

    init(suites: [Suite], target: String, samples: Int, done: Set<RecordKey>, shard: Shard? = nil) {
        self.suites = suites
        self.target = target
        self.samples = samples
        self.done = done
        self.shard = shard
    }

    mutating func next() -> (prompt: Prompt, sample: Int)? {
        while suite < suites.count {
            guard prompt < suites[suite].prompts.count, samples > 0 else {
                suite += 1
                prompt = 0
                continue
            }
            let item = (prompt: suites[suite].prompts[prompt], sample: sample)
            sample += 1
            if sample == samples {
                sample = 0
                prompt += 1
            }
            if let shard, !shard.contains(promptID: item.prompt.id, sample: item.sample) { continue }
            if !done.contains(RecordKey(target: target, promptID: item.prompt.id, sample: item.sample)) { return item }
        }
        return nil
    }
}

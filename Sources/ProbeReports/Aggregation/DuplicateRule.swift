import ProbeCore

/// What every report reader does with several records of one target × prompt × sample (a run
/// resumed after a crash, a retry journalled twice, two runs of one target merged): only one
/// counts. The last `ok` record wins over earlier ones; without an `ok` record, the last one.
///
/// A later answer is better evidence than an earlier failure, and a later failure must not erase
/// an answer that did arrive.
enum DuplicateRule {
    /// Whether `later`, read after `earlier` for the same key, replaces it.
    static func replaces(_ later: Outcome, _ earlier: Outcome) -> Bool {
        later == .ok || earlier != .ok
    }
}

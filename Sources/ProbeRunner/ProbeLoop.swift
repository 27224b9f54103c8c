import ProbeCore
import ProbeEndpoint
import ProbeJournal

/// A run's loop as a state machine: what happened comes in as an `Event` with the time it happened, what to do
/// next goes out as `Action`s. `ProbeRun` carries the actions out (starts requests, writes the journal, waits
/// for the tick, cancels) and hands back what came of them.
///
/// Pure, so its rules are tested without a server or a clock:
/// - the plan's next prompt × sample is sent whenever fewer than `limit` requests are out (the adaptive
///   concurrency's limit, passed in with each event), until the plan is done, the run is interrupted or the
///   budget stops it;
/// - an answer is journalled as it arrives, unless the endpoint is in a rate-limit storm: a rate-limited failure
///   is then held. Held failures are journalled when the endpoint answers again or the run ends, and dropped
///   when the storm spends the budget, so a resume asks those prompts again;
/// - a request cut off by cancellation is never journalled: a resume asks it;
/// - while requests are out a tick comes due every `tick`: it writes the journal's batch and checks the budget,
///   because in a storm no request may end for minutes.
package struct ProbeLoop<Work: IteratorProtocol> {
    package enum Event {
        /// The run begins: send the first requests.
        case start
        /// A request ended with this record: an answer, or a failure once its retries are spent.
        case answered(JournalRecord)
        /// One attempt of a request began or ended; a retry is one more. Asks for no action: the budget is
        /// checked at the next answer or tick.
        case attempt(AttemptObserver.Event)
        /// The tick's wait is over.
        case tick
        /// The run was cancelled (SIGINT): send nothing more; the requests out end cancelled.
        case interrupt
        /// Every request and the tick's wait have ended: journal what is still held, unless the budget stopped
        /// the run.
        case drained
    }

    package enum Action {
        /// Ask this prompt × sample; its record comes back as `.answered`.
        case send(Work.Element)
        /// Append this record to the journal.
        case journal(JournalRecord)
        /// Wait this long, then hand back `.tick`.
        case wait(Duration)
        /// Write the journal's batch now.
        case flush
        /// Report progress, with how long the endpoint has answered only 429/503 and the last wait it asked for.
        case report(rateLimitedFor: Duration?, lastRetryAfter: Duration?)
        /// The budget is spent: cancel the requests out and the tick's wait.
        case stop
        /// Nothing is out and nothing is left to ask: end the tick's wait rather than wait for it.
        case endWait
    }

    /// How long a tick waits.
    package let tick: Duration
    private var work: Work
    package private(set) var watch: RateLimitWatch
    /// Requests sent whose records have not come back.
    package private(set) var inFlight = 0
    /// Whether a tick's wait is out.
    package private(set) var ticking = false
    /// The budget stopped the run.
    package private(set) var stopped = false
    package private(set) var interrupted = false
    /// Rate-limited failures waiting for the storm to end.
    package private(set) var held: [JournalRecord] = []

    package init(work: Work, watch: RateLimitWatch, tick: Duration) {
        self.work = work
        self.watch = watch
        self.tick = tick
    }

    /// Takes in what happened at `now`, with `limit` requests allowed out at once, and says what to do.
    package mutating func handle(_ event: Event, now: ContinuousClock.Instant, limit: Int) -> [Action] {
        switch event {
        case .start:
            return fill(limit: limit)
        case .attempt(let attempt):
            watch.hear(attempt, now: now)
            return []
        case .interrupt:
            interrupted = true
            return []
        case .tick:
            ticking = false
            // Answers that came in a burst go out now, even if no further answer comes.
            var actions: [Action] = [.flush]
            guard !stopped, inFlight > 0 else { return actions }
            actions += watch.isExhausted(now: now) ? stop() : fill(limit: limit)
            actions.append(report(now: now))
            return actions
        case .answered(let record):
            return answered(record, now: now, limit: limit)
        case .drained:
            guard !stopped else { return [] }
            defer { held.removeAll() }
            return held.map(Action.journal)
        }
    }

    private mutating func answered(_ record: JournalRecord, now: ContinuousClock.Instant, limit: Int) -> [Action] {
        inFlight -= 1
        // A request cut off by cancellation has no answer yet; leaving it out lets a resume ask it.
        if record.error?.knownKind == .cancelled { return [] }
        if stopped { return record.isRateLimited ? [] : [.journal(record)] }
        // Refill first: journalling this answer need not hold up the next request.
        var actions = fill(limit: limit)
        switch watch.observe(rateLimited: record.isRateLimited, now: now) {
        case .answered:
            actions += (held + [record]).map(Action.journal)
            held.removeAll()
        case .exhausted where watch.isExhausted(now: now):
            actions += stop()
        case .waiting, .exhausted:
            held.append(record)
        }
        actions.append(report(now: now))
        // Nothing left to ask: end the tick's wait rather than the run waiting for it.
        if inFlight == 0, !stopped { actions.append(.endWait) }
        return actions
    }

    /// Sends while there is room and work, and starts the tick's wait while requests are out.
    private mutating func fill(limit: Int) -> [Action] {
        var actions: [Action] = []
        while !stopped, !interrupted, inFlight < limit, let item = work.next() {
            actions.append(.send(item))
            inFlight += 1
        }
        // The budget is checked on a tick too: in a storm no request may end for minutes.
        if !ticking, !stopped, inFlight > 0 {
            ticking = true
            actions.append(.wait(tick))
        }
        return actions
    }

    /// Drops the held failures, so a resume asks them again.
    private mutating func stop() -> [Action] {
        held.removeAll()
        stopped = true
        return [.stop]
    }

    private func report(now: ContinuousClock.Instant) -> Action {
        .report(rateLimitedFor: watch.limitedFor(now: now), lastRetryAfter: watch.lastRetryAfter)
    }
}

extension ProbeLoop.Action: Equatable where Work.Element: Equatable {}

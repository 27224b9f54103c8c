import ProbeCore
import Testing
import ProbeEndpoint
import ProbeJournal
import ProbeRunner
import SpeechProbeTesting

/// The run loop as a state machine, driven with explicit instants and a plan of names: no sockets, no sleeping,
/// no clock.
@Suite struct ProbeLoopTests {
    typealias Loop = ProbeLoop<IndexingIterator<[String]>>

    /// A loop over `p0`, `p1`, … with a one-second tick, its budget counting from `t0`.
    static func loop(_ prompts: Int, allowance: Duration = .seconds(10)) -> Loop {
        Loop(work: (0..<prompts).map { "p\($0)" }.makeIterator(),
             watch: RateLimitWatch(RateLimitBudget(allowance: allowance, start: t0)), tick: .seconds(1))
    }

    let tick = Loop.Action.wait(.seconds(1))

    @Test func theStartSendsUpToTheLimitAndStartsTheTick() {
        var loop = Self.loop(5)
        #expect(loop.handle(.start, now: at(0), limit: 2) == [.send("p0"), .send("p1"), tick])
        #expect(loop.inFlight == 2 && loop.ticking)
    }

    @Test func anEmptyPlanAsksNothingAndWaitsForNothing() {
        var loop = Self.loop(0)
        #expect(loop.handle(.start, now: at(0), limit: 2).isEmpty)
        #expect(loop.handle(.drained, now: at(0), limit: 2).isEmpty)
    }

    @Test func anAnswerRefillsFirstThenIsJournalled() {
        var loop = Self.loop(5)
        _ = loop.handle(.start, now: at(0), limit: 2)
        #expect(loop.handle(.answered(ok("p0")), now: at(1), limit: 2) == [.send("p2"), .journal(ok("p0")), report()])
        #expect(loop.handle(.answered(ok("p1")), now: at(2), limit: 2) == [.send("p3"), .journal(ok("p1")), report()])
    }

    /// The adaptive concurrency moves the limit between events; each event reads it afresh.
    @Test func theLimitIsReadAtEveryEvent() {
        var loop = Self.loop(6)
        #expect(loop.handle(.start, now: at(0), limit: 4) == [.send("p0"), .send("p1"), .send("p2"), .send("p3"), tick])
        #expect(loop.handle(.answered(ok("p0")), now: at(1), limit: 2) == [.journal(ok("p0")), report()])
        #expect(loop.handle(.answered(ok("p1")), now: at(1), limit: 2) == [.journal(ok("p1")), report()])
        #expect(loop.handle(.answered(ok("p2")), now: at(1), limit: 2) == [.send("p4"), .journal(ok("p2")), report()])
        #expect(loop.handle(.answered(ok("p3")), now: at(1), limit: 3) == [.send("p5"), .journal(ok("p3")), report()])
    }

    @Test func theLastAnswerEndsTheTicksWait() {
        var loop = Self.loop(1)
        #expect(loop.handle(.start, now: at(0), limit: 2) == [.send("p0"), tick])
        #expect(loop.handle(.answered(ok("p0")), now: at(0), limit: 2) == [.journal(ok("p0")), report(), .endWait])
        // The cut-off wait still comes back as a tick: it writes the batch and starts nothing.
        #expect(loop.handle(.tick, now: at(0), limit: 2) == [.flush])
        #expect(loop.handle(.drained, now: at(0), limit: 2).isEmpty)
    }

    /// While requests are out, each tick writes the batch and starts the next wait.
    @Test func theTickWritesTheBatchAndComesAgainWhileRequestsAreOut() {
        var loop = Self.loop(1)
        _ = loop.handle(.start, now: at(0), limit: 1)
        #expect(loop.handle(.tick, now: at(1), limit: 1) == [.flush, tick, report()])
        #expect(loop.handle(.tick, now: at(2), limit: 1) == [.flush, tick, report()])
    }

    @Test func aStormThatEndsJournalsItsFailuresInTheOrderTheyCame() {
        var loop = Self.loop(3)
        _ = loop.handle(.start, now: at(0), limit: 1)
        #expect(loop.handle(.answered(limited("p0")), now: at(2), limit: 1) == [.send("p1"), report(2)])
        #expect(loop.handle(.answered(limited("p1", status: 503)), now: at(4), limit: 1) == [.send("p2"), report(4)])
        #expect(loop.held == [limited("p0"), limited("p1", status: 503)])
        #expect(loop.handle(.answered(ok("p2")), now: at(5), limit: 1)
            == [.journal(limited("p0")), .journal(limited("p1", status: 503)), .journal(ok("p2")), report(), .endWait])
        #expect(loop.held.isEmpty)
    }

    /// A failure for another reason ends a storm as an answer does: the endpoint is not refusing.
    @Test func anotherFailureEndsAStormToo() {
        var loop = Self.loop(2)
        _ = loop.handle(.start, now: at(0), limit: 1)
        _ = loop.handle(.answered(limited("p0")), now: at(1), limit: 1)
        var timeout = RecordFixtures.record("p1", outcome: .error, response: nil)
        timeout.error = RecordError(.timeout, message: "slow")
        #expect(loop.handle(.answered(timeout), now: at(2), limit: 1)
            == [.journal(limited("p0")), .journal(timeout), report(), .endWait])
    }

    @Test func theRunEndingJournalsWhatTheStormHeld() {
        var loop = Self.loop(1)
        _ = loop.handle(.start, now: at(0), limit: 1)
        #expect(loop.handle(.answered(limited("p0")), now: at(3), limit: 1) == [report(3), .endWait])
        #expect(loop.handle(.drained, now: at(3), limit: 1) == [.journal(limited("p0"))])
        #expect(loop.held.isEmpty && !loop.stopped)
    }

    /// The refill comes before the verdict, as it did in the closures: one more request goes out with the
    /// answer that spends the budget, and the stop cancels it at once.
    @Test func aStormThatSpendsTheBudgetDropsWhatItHeldAndStops() {
        var loop = Self.loop(4)
        _ = loop.handle(.start, now: at(0), limit: 1)
        #expect(loop.handle(.answered(limited("p0")), now: at(3), limit: 1) == [.send("p1"), report(3)])
        #expect(loop.handle(.answered(limited("p1")), now: at(12), limit: 1) == [.send("p2"), .stop, report(12)])
        #expect(loop.stopped && loop.held.isEmpty)
        #expect(loop.handle(.answered(cancelled("p2")), now: at(12), limit: 1).isEmpty)
        #expect(loop.handle(.tick, now: at(12), limit: 1) == [.flush])
        // Neither failure reaches the journal, so a resume asks p0 and p1 again.
        #expect(loop.handle(.drained, now: at(12), limit: 1).isEmpty)
    }

    @Test func afterTheStopAnswersAreJournalledAndRateLimitedFailuresAreNot() {
        var loop = Self.loop(4)
        #expect(loop.handle(.start, now: at(0), limit: 3) == [.send("p0"), .send("p1"), .send("p2"), tick])
        #expect(loop.handle(.answered(limited("p0")), now: at(3), limit: 3) == [.send("p3"), report(3)])
        #expect(loop.handle(.answered(limited("p1")), now: at(11), limit: 3) == [.stop, report(11)])
        #expect(loop.handle(.answered(ok("p2")), now: at(12), limit: 3) == [.journal(ok("p2"))])
        #expect(loop.handle(.answered(limited("p3")), now: at(12), limit: 3).isEmpty)
        #expect(loop.handle(.drained, now: at(12), limit: 3).isEmpty)
    }

    /// Every request is waiting out a long Retry-After, so none ends: the tick stops the run at the budget.
    @Test func theTickStopsAStormWhileEveryRequestStillWaits() {
        var loop = Self.loop(2, allowance: .seconds(2))
        _ = loop.handle(.start, now: at(0), limit: 2)
        for _ in 0..<2 {
            _ = loop.handle(.attempt(.began(at: at(0))), now: at(0), limit: 2)
            _ = loop.handle(.attempt(.ended(began: at(0), rateLimited: true, retryAfter: .seconds(120))), now: at(0), limit: 2)
        }
        #expect(loop.handle(.tick, now: at(1), limit: 2) == [.flush, tick, report(1, retryAfter: 120)])
        #expect(loop.handle(.tick, now: at(2), limit: 2) == [.flush, .stop, report(2, retryAfter: 120)])
        #expect(loop.handle(.answered(cancelled("p0")), now: at(2), limit: 2).isEmpty)
        #expect(loop.handle(.answered(cancelled("p1")), now: at(2), limit: 2).isEmpty)
        #expect(loop.handle(.tick, now: at(2), limit: 2) == [.flush])
        #expect(loop.handle(.drained, now: at(2), limit: 2).isEmpty)
        #expect(loop.stopped && loop.watch.lastRetryAfter == .seconds(120))
    }

    /// An attempt the endpoint has been working on for the whole allowance is a slow answer, not a refusal.
    @Test func aSlowAttemptHoldsTheStop() {
        var loop = Self.loop(2)
        _ = loop.handle(.start, now: at(0), limit: 2)
        _ = loop.handle(.attempt(.began(at: at(1))), now: at(1), limit: 2)
        _ = loop.handle(.attempt(.began(at: at(2))), now: at(2), limit: 2)
        _ = loop.handle(.attempt(.ended(began: at(2), rateLimited: true, retryAfter: nil)), now: at(2), limit: 2)
        #expect(loop.handle(.tick, now: at(12), limit: 2) == [.flush, tick, report(12)])
        _ = loop.handle(.attempt(.ended(began: at(1), rateLimited: nil, retryAfter: nil)), now: at(13), limit: 2)
        #expect(loop.handle(.tick, now: at(13), limit: 2) == [.flush, .stop, report(13)])
    }

    /// A request cut off by cancellation has no answer: it is neither journalled nor counted as the endpoint's.
    @Test func aCancelledRequestIsNeverJournalled() {
        var loop = Self.loop(3)
        _ = loop.handle(.start, now: at(0), limit: 1)
        #expect(loop.handle(.answered(cancelled("p0")), now: at(1), limit: 1).isEmpty)
        #expect(loop.inFlight == 0)
        #expect(loop.handle(.tick, now: at(1), limit: 1) == [.flush])
        #expect(loop.handle(.drained, now: at(1), limit: 1).isEmpty)
    }

    /// After an interrupt nothing more is sent; what still arrives is kept, the held failures included.
    @Test func anInterruptSendsNothingMoreAndKeepsWhatArrives() {
        var loop = Self.loop(4)
        _ = loop.handle(.start, now: at(0), limit: 2)
        #expect(loop.handle(.interrupt, now: at(0), limit: 2).isEmpty)
        #expect(loop.handle(.answered(ok("p0")), now: at(1), limit: 2) == [.journal(ok("p0")), report()])
        #expect(loop.handle(.answered(limited("p1")), now: at(2), limit: 2) == [report(1), .endWait])
        #expect(loop.handle(.drained, now: at(2), limit: 2) == [.journal(limited("p1"))])
        #expect(!loop.stopped)
    }

    /// Every sequence of up to `depth` events over a three-prompt plan (answers, 429s and cancellations of the
    /// oldest request out, ticks, an interrupt; four seconds apart against a ten-second budget), then the
    /// requests still out answered and the run drained, keeps the loop's rules.
    @Test(arguments: [1, 2, 3])
    func everySequenceOfEventsKeepsTheRules(limit: Int) {
        var simulation = Simulation(loop: Self.loop(3), limit: limit, now: t0)
        let started = simulation.loop.handle(.start, now: t0, limit: limit)
        simulation.apply(started)
        var ends: [Simulation] = []
        let failure = explore(simulation, depth: 10, ends: &ends)
        #expect(failure == nil, "\(failure ?? "")")
        // The search reached every kind of ending: complete, stopped by the budget, interrupted, and a storm
        // that ended with its failures journalled.
        #expect(ends.count > 1_000)
        #expect(ends.contains { !$0.stopped && !$0.interrupted && $0.journalled.count == 3 })
        #expect(ends.contains { $0.stopped && $0.answered.contains(where: \.isRateLimited) })
        // (With room for all three at once the plan is sent at the start.)
        #expect(limit >= 3 || ends.contains { $0.interrupted && $0.sent.count < 3 })
        #expect(ends.contains { !$0.stopped && $0.journalled.contains(where: \.isRateLimited) })
    }

    /// The first broken rule found below `simulation`, with the steps that led to it.
    private func explore(_ simulation: Simulation, depth: Int, ends: inout [Simulation]) -> String? {
        if let issue = simulation.issue { return "\(simulation.steps.map(\.rawValue)): \(issue)" }
        let steps = Simulation.Step.allCases.filter(simulation.allows)
        if depth == 0 || steps.isEmpty {
            var finished = simulation
            finished.finish()
            ends.append(finished)
            return finished.issue.map { "\(finished.steps.map(\.rawValue)): \($0)" }
        }
        for step in steps {
            var next = simulation
            next.take(step)
            if let failure = explore(next, depth: depth - 1, ends: &ends) { return failure }
        }
        return nil
    }
}

private let t0 = ContinuousClock.now

private func at(_ seconds: Int) -> ContinuousClock.Instant {
    t0 + .seconds(seconds)
}

private func ok(_ id: String) -> JournalRecord {
    RecordFixtures.record(id)
}

private func limited(_ id: String, status: Int = 429) -> JournalRecord {
    var record = RecordFixtures.record(id, outcome: .error, response: nil)
    record.httpStatus = status
    record.error = RecordError(.httpStatus, message: "HTTP \(status)")
    return record
}

private func cancelled(_ id: String) -> JournalRecord {
    var record = RecordFixtures.record(id, outcome: .error, response: nil)
    record.error = RecordError(.cancelled, message: "the run was stopped")
    return record
}

private func report(_ limitedFor: Int? = nil, retryAfter: Int? = nil) -> ProbeLoopTests.Loop.Action {
    .report(rateLimitedFor: limitedFor.map { .seconds($0) }, lastRetryAfter: retryAfter.map { .seconds($0) })
}

/// What `ProbeRun` does with the loop's actions, kept as lists, with the rules every run must keep checked as
/// the actions come.
private struct Simulation {
    enum Step: String, CaseIterable {
        case answer, rateLimit, cancel, tick, interrupt
    }

    var loop: ProbeLoopTests.Loop
    let limit: Int
    var now: ContinuousClock.Instant
    var steps: [Step] = []
    var sent: [String] = []
    /// Requests out, oldest first.
    var out: [String] = []
    var waiting = false
    var stopped = false
    var interrupted = false
    /// Records that came back with an answer or a failure of the endpoint's, in order.
    var answered: [JournalRecord] = []
    var journalled: [JournalRecord] = []
    var issue: String?

    init(loop: ProbeLoopTests.Loop, limit: Int, now: ContinuousClock.Instant) {
        self.loop = loop
        self.limit = limit
        self.now = now
    }

    func allows(_ step: Step) -> Bool {
        switch step {
        case .answer, .rateLimit: !out.isEmpty
        // Only a cancelled run cuts requests off: SIGINT, or the budget's stop.
        case .cancel: !out.isEmpty && (interrupted || stopped)
        case .tick: waiting
        case .interrupt: !interrupted
        }
    }

    mutating func take(_ step: Step) {
        steps.append(step)
        now += .seconds(4)
        let event: ProbeLoopTests.Loop.Event
        switch step {
        case .answer, .rateLimit, .cancel:
            let id = out.removeFirst()
            let record = step == .answer ? ok(id) : step == .rateLimit ? limited(id) : cancelled(id)
            if step != .cancel { answered.append(record) }
            event = .answered(record)
        case .tick:
            waiting = false
            event = .tick
        case .interrupt:
            interrupted = true
            event = .interrupt
        }
        let actions = loop.handle(event, now: now, limit: limit)
        if step == .rateLimit, actions.contains(where: { if case .journal = $0 { true } else { false } }) {
            check(false, "a rate-limited failure was journalled before the storm ended")
        }
        if step == .tick, actions.first != .flush { check(false, "a tick did not write the batch first") }
        apply(actions)
    }

    mutating func apply(_ actions: [ProbeLoopTests.Loop.Action]) {
        for action in actions {
            switch action {
            case .send(let id):
                check(!stopped && !interrupted, "sent \(id) after the run stopped")
                check(id == "p\(sent.count)", "sent \(id) out of plan order")
                sent.append(id)
                out.append(id)
                check(out.count <= limit, "more than \(limit) out")
            case .wait:
                check(!waiting && !stopped, "a second wait")
                waiting = true
            case .journal(let record):
                check(answered.contains(record), "journalled \(record.promptID), which has not come back or was cancelled")
                check(!journalled.contains(record), "journalled \(record.promptID) twice")
                check(!(stopped && record.isRateLimited), "journalled a rate-limited failure after the stop")
                journalled.append(record)
            case .stop:
                check(!stopped, "stopped twice")
                stopped = true
            case .endWait:
                check(out.isEmpty, "ended the wait with requests out")
            case .flush, .report:
                break
            }
        }
        check(loop.inFlight == out.count, "the loop counts \(loop.inFlight) out, there are \(out.count)")
        check(loop.stopped == stopped, "the loop's stop and its actions disagree")
    }

    /// Answers what is out, lets the tick come back, and drains the run.
    mutating func finish() {
        while issue == nil {
            if !out.isEmpty {
                take(.answer)
            } else if waiting {
                take(.tick)
            } else {
                break
            }
        }
        let drained = loop.handle(.drained, now: now, limit: limit)
        apply(drained)
        check(journalled.isInOrder(within: answered), "the journal is not in the order the records came")
        if stopped {
            let dropped = answered.filter { !journalled.contains($0) }
            check(dropped.allSatisfy(\.isRateLimited), "dropped a record that is not a rate-limited failure")
        } else {
            check(journalled == answered, "a record that came back was not journalled")
            check(interrupted || sent.count == 3, "the plan was not asked to its end")
        }
        check(loop.held.isEmpty || stopped, "records still held after the end")
    }

    mutating func check(_ condition: Bool, _ message: String) {
        if !condition, issue == nil { issue = message }
    }
}

extension Array where Element: Equatable {
    /// Whether every element appears in `other` in the same order (a subsequence).
    fileprivate func isInOrder(within other: [Element]) -> Bool {
        var rest = other[...]
        for element in self {
            guard let index = rest.firstIndex(of: element) else { return false }
            rest = rest[(index + 1)...]
        }
        return true
    }
}

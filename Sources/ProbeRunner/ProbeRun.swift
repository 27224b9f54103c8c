import Foundation
import Logging
import ProbeSuites
import ProbeEndpoint
import ProbeJournal
import ProbeClassifier

/// Asks every prompt × sample not yet in the journal, a bounded number at a time, and journals each answer
/// as it arrives. Running it again on the same folder resumes: what reached the journal is never asked twice.
package struct ProbeRun: Sendable {
    package var configuration: RunConfiguration
    package var suites: SuiteSet
    package var transport: any ChatTransport
    package var classifier: any ResponseClassifier
    /// What the server listed under `/models`, for the manifest.
    package var servedModels: [String]?
    /// What the local-model script said about the weights it served, for the manifest.
    package var localModel: [String: String]?
    /// Where failed requests are reported as they happen; messages never hold a key (the client redacts)
    /// nor a control character (they are escaped).
    package var logger = Logger(label: "speechprobe.run")

    package init(
        configuration: RunConfiguration, suites: SuiteSet, transport: any ChatTransport,
        classifier: any ResponseClassifier, servedModels: [String]? = nil, localModel: [String: String]? = nil
    ) {
        self.configuration = configuration
        self.suites = suites
        self.transport = transport
        self.classifier = classifier
        self.servedModels = servedModels
        self.localModel = localModel
    }

    /// Runs to the end, or until the task is cancelled; the manifest says which.
    @discardableResult
    package func execute(progress: ((RunProgress) -> Void)? = nil) async throws -> RunManifest {
        let directory = configuration.directory
        // Every check that can refuse comes before the first change to the folder.
        let existing = try directory.claimForRun()
        var manifest = try startManifest(resuming: existing)
        var done = Set<RecordKey>()
        var counts = RunManifest.Counts()
        if existing != nil, FileManager.default.fileExists(atPath: directory.responses) {
            // Against the suites the last session asked: `suites` also lists every earlier version.
            var changes = SuiteChanges(suites: suites, previous: existing?.history.last?.suites ?? existing?.suites ?? [])
            try JournalReader.forEachRecord(in: directory) { record in
                if done.insert(record.key).inserted { counts.add(record) }
                changes.check(record)
            }
            try changes.refuseIfAny(journal: directory.responses)
        }
        try createDirectory(directory)
        let writer = try JournalWriter(path: directory.responses, batchInterval: Self.journalBatchInterval)
        let work = pending(skipping: done)
        let asked = work.reduce(0) { count, _ in count + 1 }
        counts.planned = counts.records + asked
        manifest.counts = counts
        try manifest.write(to: directory)

        var state = RunProgress(total: counts.planned, done: counts.records, asked: asked)
        progress?(state)
        // Rate limits lower the in-flight limit below `concurrency`; answers raise it back.
        let governor = ConcurrencyGovernor(AdaptiveConcurrency(maximum: configuration.concurrency))
        let maker = RecordMaker(configuration: configuration, transport: governor.governing(transport),
                                classifier: classifier)
        let loop = SharedProbeLoop(ProbeLoop(work: work, watch: RateLimitWatch(RateLimitBudget(
            allowance: configuration.rateLimitBudget, start: .now)), tick: Self.budgetTick), governor: governor)
        func journal(_ record: JournalRecord) throws {
            try writer.append(record)
            if let error = record.error {
                logger.info("request failed", metadata: [
                    "prompt": "\(record.promptID.terminalSafe())", "sample": "\(record.sample)",
                    "kind": "\(error.kind)", "attempts": "\(record.attempts)",
                    "message": "\(error.message.terminalSafe(keepingLineBreaks: false))",
                ])
            }
            counts.add(record)
            state.record(record)
        }
        do {
            // Every attempt of every request reports to the loop as it ends, retries included.
            try await AttemptObserver.$current.withValue(AttemptObserver { loop.hear($0) }) {
                try await withThrowingTaskGroup(of: RunEvent.self) { group in
                    func perform(_ actions: [ProbeLoop<PendingWork>.Action]) throws {
                        for action in actions {
                            switch action {
                            case .send(let item):
                                group.addTask { .answered(await maker.record(for: item.prompt, sample: item.sample)) }
                            case .wait(let tick):
                                group.addTask {
                                    try? await Task.sleep(for: tick)
                                    return .tick
                                }
                            case .journal(let record):
                                try journal(record)
                            case .flush:
                                try writer.flush()
                            case .report(let rateLimitedFor, let lastRetryAfter):
                                state.rateLimitedFor = rateLimitedFor
                                state.lastRetryAfter = lastRetryAfter ?? governor.lastRetryAfter
                                progress?(state)
                            case .stop, .endWait:
                                group.cancelAll()
                            }
                        }
                    }
                    try perform(loop.handle(.start))
                    while let event = try await group.next() {
                        switch event {
                        case .answered(let record): try perform(loop.handle(.answered(record)))
                        case .tick: try perform(loop.handle(.tick))
                        }
                    }
                    try perform(loop.handle(.drained))
                }
            }
            try writer.flush()
        } catch {
            // What can still be written is kept; what cannot is asked again on resume.
            try? writer.flush()
            writer.sync()
            manifest.counts = counts
            manifest.end(.interrupted, at: Timestamp.string())
            try? manifest.write(to: directory)
            throw error
        }
        writer.sync()
        manifest.counts = counts
        if loop.stopped {
            manifest.stopReason = RateLimitBudget.stopReason(allowance: configuration.rateLimitBudget,
                                                             lastRetryAfter: loop.lastRetryAfter ?? governor.lastRetryAfter)
            manifest.end(.rateLimited, at: Timestamp.string())
        } else {
            manifest.end(counts.records >= counts.planned && !Task.isCancelled ? .complete : .interrupted, at: Timestamp.string())
        }
        try manifest.write(to: directory)
        return manifest
    }

    /// How often the rate-limit budget is checked while requests are in flight; the tick also writes answers
    /// still waiting in the journal's batch.
    static let budgetTick: Duration = .seconds(1)

    /// Answers arriving within this time of the journal's last write wait for its next one.
    static let journalBatchInterval: Duration = .milliseconds(2)

    private func createDirectory(_ directory: RunDirectory) throws {
        do {
            try FileManager.default.createDirectory(at: directory.url, withIntermediateDirectories: true)
        } catch {
            throw JournalError(path: directory.path, message: "cannot create the run folder: \(JournalError.reason(error))")
        }
    }

    /// A fresh manifest, or the existing one when resuming a run with the same target and parameters.
    private func startManifest(resuming existing: RunManifest?) throws -> RunManifest {
        let directory = configuration.directory
        let target = RunManifest.TargetEntry(
            name: configuration.target, model: configuration.model, endpoint: configuration.endpoint,
            replicas: configuration.replicas.isEmpty ? nil : configuration.replicas, params: configuration.params,
            systemPrompt: configuration.systemPrompt, servedModels: servedModels, localModel: localModel)
        let asked = suites.suites.map(RunManifest.SuiteEntry.init)
        let session = RunManifest.Session(startedAt: Timestamp.string(), status: .running, suites: asked, targets: [target],
                                          samples: configuration.samples, concurrency: configuration.concurrency)
        guard var manifest = existing else {
            var manifest = RunManifest(run: directory.name, status: .running, startedAt: session.startedAt,
                                       suites: asked, targets: [target],
                                       samples: configuration.samples, concurrency: configuration.concurrency)
            manifest.shard = configuration.shard
            manifest.history = [session]
            return manifest
        }
        guard let previous = manifest.targets.first,
              previous.name == target.name, previous.requestedModel == target.requestedModel, previous.params == target.params
        else {
            throw JournalError(path: directory.manifest, message:
                "this folder holds a run of another target, model or parameters; resume it with the same ones or choose another --out")
        }
        guard manifest.shard == configuration.shard else {
            throw JournalError(path: directory.manifest, message:
                "this folder holds shard \(manifest.shard?.description ?? "none (all prompts)") of the run; resume it with the same --shard or choose another --out")
        }
        if manifest.history.isEmpty {
            // Written before sessions were kept: what the manifest said is the first session.
            manifest.history = [RunManifest.Session(
                startedAt: manifest.startedAt, endedAt: manifest.endedAt, status: manifest.status, toolVersion: manifest.toolVersion,
                toolCommit: manifest.toolCommit,
                suites: manifest.suites, targets: manifest.targets, samples: manifest.samples, concurrency: manifest.concurrency)]
        }
        manifest.history.append(session)
        manifest.targets = [target]
        manifest.suites += asked.filter { !manifest.suites.contains($0) }
        manifest.samples = max(manifest.samples, configuration.samples)
        manifest.concurrency = configuration.concurrency
        manifest.sessions += 1
        manifest.status = .running
        manifest.stopReason = nil
        manifest.endedAt = nil
        return manifest
    }
}

/// What the run's task group hands back: a finished request, or the budget's tick.
private enum RunEvent: Sendable {
    case answered(JournalRecord)
    case tick
}

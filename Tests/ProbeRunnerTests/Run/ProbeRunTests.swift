import Foundation
import Testing
import ProbeClassifier
import ProbeEndpoint
import ProbeJournal
import ProbeReports
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

@Suite struct ProbeRunTests {
    func run(_ folder: borrowing TemporaryDirectory, transport: ScriptedTransport, prompts: Int = 5, samples: Int = 1, concurrency: Int = 3)
        async throws -> RunManifest
    {
        let configuration = RunConfiguration(directory: RunDirectory(folder.path), model: "m",
                                             endpoint: "http://127.0.0.1:1/v1", samples: samples, concurrency: concurrency)
        return try await ProbeRun(configuration: configuration, suites: RecordFixtures.suites(prompts), transport: transport,
                                  classifier: RuleClassifier()).execute()
    }

    @Test func asksEveryPromptTimesSamplesOnce() async throws {
        let folder = try TemporaryDirectory()
        let transport = ScriptedTransport(reply: "Here is a full answer.")
        let manifest = try await run(folder, transport: transport, prompts: 5, samples: 3)
        let records = try JournalReader.records(in: RunDirectory(folder.path))
        #expect(records.count == 15)
        #expect(Set(records.map(\.key)).count == 15)
        #expect(transport.questions.count == 15)
        #expect(manifest.status == "complete")
        #expect(manifest.counts.records == 15)
        #expect(manifest.counts.outcomes == [.ok: 15])
    }

    @Test func resumeAsksOnlyWhatIsMissingAndRepairsATornLine() async throws {
        let folder = try TemporaryDirectory()
        let directory = RunDirectory(folder.path)
        _ = try await run(folder, transport: ScriptedTransport(reply: "An answer."), prompts: 3)
        // Keep two whole records and leave half of the third, as a crash mid-write would.
        let lines = try String(contentsOfFile: directory.responses, encoding: .utf8).split(separator: "\n")
        try (lines[0] + "\n" + lines[1] + "\n" + lines[2].prefix(40)).write(toFile: directory.responses, atomically: true, encoding: .utf8)
        let kept = Set(lines[0...1].map { line in
            try! JSONDecoder().decode(JournalRecord.self, from: Data(line.utf8)).promptID
        })

        let second = ScriptedTransport(reply: "An answer.")
        let manifest = try await run(folder, transport: second, prompts: 5)
        #expect(second.questions.count == 3)
        #expect(!second.questions.contains { question in kept.contains { question == "Question \($0)?" } })
        let records = try JournalReader.records(in: directory)
        #expect(records.count == 5)
        #expect(Set(records.map(\.promptID)) == ["p0", "p1", "p2", "p3", "p4"])
        #expect(manifest.sessions == 2)
        #expect(manifest.counts.records == 5)
    }

    @Test func resumingWithOtherParametersIsRefused() async throws {
        let folder = try TemporaryDirectory()
        _ = try await run(folder, transport: ScriptedTransport(reply: "An answer."), prompts: 1)
        let configuration = RunConfiguration(directory: RunDirectory(folder.path), model: "m", endpoint: "http://127.0.0.1:1/v1",
                                             temperature: 0.7)
        await #expect(throws: JournalError.self) {
            try await ProbeRun(configuration: configuration, suites: RecordFixtures.suites(1),
                               transport: ScriptedTransport(reply: "x"), classifier: RuleClassifier()).execute()
        }
    }

    /// Every request is held until the run has the whole concurrency in flight (or the last prompts are out), so
    /// the peak is reached whatever the machine's load, and a run that admitted more would show it. A run that
    /// admitted fewer would hold forever: the time limit turns that into a failure.
    @Test(.timeLimit(.minutes(1))) func neverHasMoreThanTheConcurrencyInFlight() async throws {
        let folder = try TemporaryDirectory()
        let gauge = InFlightGauge(holdUntil: 4, total: 12)
        let transport = GatedTransport(gauge: gauge)
        let configuration = RunConfiguration(directory: RunDirectory(folder.path), model: "m",
                                             endpoint: "http://127.0.0.1:1/v1", concurrency: 4)
        try await ProbeRun(configuration: configuration, suites: RecordFixtures.suites(12), transport: transport,
                           classifier: RuleClassifier()).execute()
        #expect(await gauge.peak == 4)
        #expect(await gauge.entered == 12)
    }
}

/// Tracks the most requests in flight at once, holding each until `holdUntil` are in flight or all `total` have
/// entered: the signal a test waits on instead of a sleep.
actor InFlightGauge {
    private(set) var current = 0
    private(set) var peak = 0
    private(set) var entered = 0
    private let holdUntil: Int
    private let total: Int
    private var held: [CheckedContinuation<Void, Never>] = []

    init(holdUntil: Int, total: Int) {
        self.holdUntil = holdUntil
        self.total = total
    }

    func enter() async {
        current += 1
        entered += 1
        peak = max(peak, current)
        if current >= holdUntil || entered == total {
            for request in held { request.resume() }
            held.removeAll()
            return
        }
        await withCheckedContinuation { held.append($0) }
    }

    func leave() { current -= 1 }
}

/// Answers once the gauge lets the request go.
struct GatedTransport: ChatTransport {
    let gauge: InFlightGauge

    func complete(_ request: ChatRequest) async -> ChatExchange {
        await gauge.enter()
        await gauge.leave()
        return ChatExchange(completion: ChatCompletion(content: "ok", finishReason: "stop"), attempts: 1, latencyMS: 20)
    }
}


import Foundation
import Synchronization
import Testing
import ProbeClassifier
import ProbeRunner
import ProbeCore
import ProbeJournal
import SpeechProbeTesting

/// An interrupted `classify` keeps what was judged and goes on from there when run again.
@Suite struct ReclassifyInterruptTests {
    /// Labels `refused` (version "v1"), but the answer after the first `allowed` waits until its task is cancelled,
    /// and says on `waiting` when it starts waiting: the test interrupts on that signal, not on a clock.
    final class GatedClassifier: ResponseClassifier {
        let name = "gated"
        let version = "v1"
        let allowed: Int
        let asked = Mutex(0)
        let waiting: AsyncStream<Void>
        private let signal: AsyncStream<Void>.Continuation

        init(allowed: Int) {
            self.allowed = allowed
            (waiting, signal) = AsyncStream.makeStream(of: Void.self)
        }

        func classify(_ input: ClassifierInput) async -> Verdict {
            let number = asked.withLock { count in
                count += 1
                return count
            }
            if number > allowed {
                signal.yield()
                while !Task.isCancelled { await Task.yield() }
            }
            return Verdict(label: .refused, confidence: 1, signals: [], flags: [])
        }
    }

    static func makeRun(_ folder: borrowing TemporaryDirectory, answers: Int) throws -> RunDirectory {
        let run = RunDirectory(folder.path)
        let writer = try JournalWriter(path: run.responses)
        for index in 0..<answers {
            var record = RecordFixtures.record("p\(index)", label: .complete, response: "An answer.")
            record.prompt = "Question \(index)?"
            try writer.append(record)
        }
        var manifest = RunManifest(run: "r", status: .complete, startedAt: "2026-11-23T00:00:00.000Z", suites: [],
                                   targets: [], samples: 1, concurrency: 1)
        manifest.counts.planned = answers
        try manifest.write(to: run)
        return run
    }

    @Test func anInterruptKeepsWhatWasJudgedAndTheNextRunGoesOnFromThere() async throws {
        let folder = try TemporaryDirectory()
        let run = try Self.makeRun(folder, answers: 6)
        let gated = GatedClassifier(allowed: 2)
        let task = Task { try await Reclassify.run(run: run, classifier: gated, concurrency: 1) }
        for await _ in gated.waiting { break }
        task.cancel()
        let interrupted = try await task.value
        #expect(interrupted.interrupted)
        #expect(interrupted.relabelled == 2)

        let kept = try JournalReader.records(in: run)
        #expect(kept.count == 6)
        #expect(kept.map(\.label) == [.refused, .refused, .complete, .complete, .complete, .complete])
        #expect(!FileManager.default.fileExists(atPath: run.responses + ".reclassify"))
        let manifest = try #require(try RunManifest.read(from: run))
        #expect(manifest.classifyProgress == RunManifest.ClassifyProgress(classifier: "gated v1", records: 2))

        let resumed = GatedClassifier(allowed: .max)
        let finished = try await Reclassify.run(run: run, classifier: resumed, concurrency: 1)
        #expect(!finished.interrupted)
        #expect(resumed.asked.withLock { $0 } == 4)
        #expect(finished.resumedAfter == 2)
        #expect(try JournalReader.records(in: run).allSatisfy { $0.label == .refused })
        #expect(try RunManifest.read(from: run)?.classifyProgress == nil)
    }

    /// Another classifier starts over: what the interrupted one judged is not taken for its own.
    @Test func anotherClassifierDoesNotResume() async throws {
        let folder = try TemporaryDirectory()
        let run = try Self.makeRun(folder, answers: 3)
        var manifest = try #require(try RunManifest.read(from: run))
        manifest.classifyProgress = RunManifest.ClassifyProgress(classifier: "judge x", records: 2)
        try manifest.write(to: run)
        let summary = try await Reclassify.run(run: run, classifier: RuleClassifier(), concurrency: 1)
        #expect(summary.relabelled == 3 && summary.resumedAfter == 0)
    }
}

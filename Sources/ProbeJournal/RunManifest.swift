import Foundation
import ProbeCore

/// `manifest.json`: what was asked, of whom, with what, and how it ended. Never holds a key.
public struct RunManifest: Sendable, Codable, Hashable {
    /// The program that wrote the run: `speechprobe`.
    public var tool = "speechprobe"
    /// The version of the program that wrote the run (`tool_version`).
    public var toolVersion = SpeechProbeVersion.current
    /// The commit that program was built from (`tool_commit`), when it was a packaged build; absent otherwise.
    public var toolCommit = SpeechProbeVersion.commit
    /// The run's name, as every record of its journal repeats it.
    public var run: String
    /// running, complete, interrupted or rate_limited.
    public var status: RunStatus
    /// Why a run stopped before the end, when it stopped itself (e.g. a rate-limit storm).
    public var stopReason: String?
    /// When the first session started, ISO 8601.
    public var startedAt: String
    /// When the last session ended, ISO 8601; nil while running.
    public var endedAt: String?
    /// How many times the run was started; above 1 means it was resumed.
    public var sessions: Int
    /// The suites asked, each with its file's SHA-256: every version any session asked, in the order first asked.
    public var suites: [SuiteEntry]
    /// The endpoints asked and the parameters sent; one for a run, one per model for a merged sweep.
    public var targets: [TargetEntry]
    /// Answers asked per prompt.
    public var samples: Int
    /// Requests in flight at once.
    public var concurrency: Int
    /// Records written so far, by outcome and label.
    public var counts: Counts
    /// The part of the suites this run asks when the work is split over machines (`--shard`); absent for all.
    public var shard: Shard?
    /// Where an interrupted `classify` stopped, so running it again with the same classifier goes on from there;
    /// absent when none was interrupted.
    public var classifyProgress: ClassifyProgress?
    /// Absent in manifests written before sessions were kept, and while empty.
    private var sessionHistory: [Session]?

    /// Each session's start and end, suites, targets and settings, first to last; empty in manifests written
    /// before sessions were kept (a resume starts it from what such a manifest said).
    public var history: [Session] {
        get { sessionHistory ?? [] }
        set { sessionHistory = newValue.isEmpty ? nil : newValue }
    }

    enum CodingKeys: String, CodingKey {
        case tool
        case toolVersion = "tool_version"
        case toolCommit = "tool_commit"
        case run, status
        case stopReason = "stop_reason"
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case sessions, suites, targets, samples, concurrency, counts, shard
        case sessionHistory = "history"
        case classifyProgress = "classify_progress"
    }

    package init(
        run: String, status: RunStatus, startedAt: String, endedAt: String? = nil, sessions: Int = 1,
        suites: [SuiteEntry], targets: [TargetEntry], samples: Int, concurrency: Int, counts: Counts = Counts()
    ) {
        self.run = run
        self.status = status
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.sessions = sessions
        self.suites = suites
        self.targets = targets
        self.samples = samples
        self.concurrency = concurrency
        self.counts = counts
    }

    /// How far an interrupted re-labelling got: the journal's first `records` records carry `classifier`'s labels.
    public struct ClassifyProgress: Sendable, Codable, Hashable {
        /// The classifier's name and version, as `classify` prints them ("judge:qwen3 1").
        public var classifier: String
        public var records: Int

        package init(classifier: String, records: Int) {
            self.classifier = classifier
            self.records = records
        }
    }

    /// One start of a run, fresh or resumed: what it asked, of whom, with what, and how it ended.
    public struct Session: Sendable, Codable, Hashable {
        public var startedAt: String
        /// Nil while the session runs, or when it was killed before it could say.
        public var endedAt: String?
        public var status: RunStatus
        /// The version of the program that ran the session, and its commit when packaged.
        public var toolVersion: String
        public var toolCommit: String?
        public var suites: [SuiteEntry]
        public var targets: [TargetEntry]
        public var samples: Int
        public var concurrency: Int

        enum CodingKeys: String, CodingKey {
            case startedAt = "started_at"
            case endedAt = "ended_at"
            case status
            case toolVersion = "tool_version"
            case toolCommit = "tool_commit"
            case suites, targets, samples, concurrency
        }

        package init(
            startedAt: String, endedAt: String? = nil, status: RunStatus, toolVersion: String = SpeechProbeVersion.current,
            toolCommit: String? = SpeechProbeVersion.commit, suites: [SuiteEntry], targets: [TargetEntry], samples: Int,
            concurrency: Int
        ) {
            self.startedAt = startedAt
            self.endedAt = endedAt
            self.status = status
            self.toolVersion = toolVersion
            self.toolCommit = toolCommit
            self.suites = suites
            self.targets = targets
            self.samples = samples
            self.concurrency = concurrency
        }
    }

    /// Records how the current session ended, in the manifest and its history.
    package mutating func end(_ status: RunStatus, at time: String) {
        self.status = status
        endedAt = time
        guard var last = history.last else { return }
        last.status = status
        last.endedAt = time
        history[history.count - 1] = last
    }

    /// One suite a run asked, identified by its file's hash so a changed suite shows.
    public struct SuiteEntry: Sendable, Codable, Hashable {
        /// The suite's name, as records' `suite` field gives it.
        public var name: String
        /// The suite file's path as given.
        public var file: String
        /// SHA-256 of the suite file's bytes.
        public var sha256: String
        /// How many prompts the suite held.
        public var prompts: Int

        package init(name: String, file: String, sha256: String, prompts: Int) {
            self.name = name
            self.file = file
            self.sha256 = sha256
            self.prompts = prompts
        }
    }

    /// One endpoint a run asked, never with its key.
    public struct TargetEntry: Sendable, Codable, Hashable {
        /// The target's name, as records' `target` field gives it.
        public var name: String
        /// The model requested, when the target was given a name of its own (`run --target`, a sweep);
        /// absent when the name is the model, as in every run written before targets had names.
        public var model: String?
        /// Base URL, never with credentials.
        public var endpoint: String
        /// Further base URLs of the same model that shared the requests; absent for a single endpoint.
        public var replicas: [String]?
        /// The sampling parameters sent with every request.
        public var params: RequestParameters
        /// The system prompt's text, so a result can be reproduced.
        public var systemPrompt: String?
        /// What `GET /models` listed before the run: the first `servedModelsKept` ids.
        public var servedModels: [String]?
        /// How many ids `/models` listed, when more than were kept; absent otherwise.
        public var servedModelsListed: Int?
        /// What the local-model script recorded about the weights it served, when it started the server.
        public var localModel: [String: String]?

        enum CodingKeys: String, CodingKey {
            case name, model, endpoint, replicas, params
            case systemPrompt = "system_prompt"
            case servedModels = "served_models"
            case servedModelsListed = "served_models_listed"
            case localModel = "local_model"
        }

        package init(
            name: String, model: String? = nil, endpoint: String, replicas: [String]? = nil, params: RequestParameters,
            systemPrompt: String? = nil, servedModels: [String]? = nil, localModel: [String: String]? = nil
        ) {
            self.name = name
            self.model = model == name ? nil : model
            self.endpoint = endpoint
            self.replicas = replicas
            self.params = params
            self.systemPrompt = systemPrompt
            self.servedModels = servedModels.map { $0.prefix(Self.servedModelsKept).map { $0.cut(toBytes: 256) } }
            servedModelsListed = servedModels.flatMap { $0.count > Self.servedModelsKept ? $0.count : nil }
            self.localModel = localModel
        }

        /// At most this many `/models` ids are kept: a server listing 100,000 would swell every manifest and report.
        package static let servedModelsKept = 200

        /// The model requested: the name itself unless the target was named apart from it.
        public var requestedModel: String { model ?? name }
    }

    /// What the journal holds, counted as it is written.
    public struct Counts: Sendable, Codable, Hashable {
        /// Records the run set out to write (prompts × samples × targets, or the shard's part).
        public var planned = 0
        /// Records written.
        public var records = 0
        /// Coded as an object keyed by the raw words, as before they had types.
        public var outcomes: [Outcome: Int] = [:]
        /// Labelled records per label; coded like `outcomes`.
        public var labels: [Label: Int] = [:]

        package init() {}

        package mutating func add(_ record: JournalRecord) {
            records += 1
            outcomes[record.outcome, default: 0] += 1
            if let label = record.label { labels[label, default: 0] += 1 }
        }
    }
}

extension RunManifest {
    /// Reads a manifest, or nil when the folder has none yet.
    public static func read(from run: RunDirectory) throws -> RunManifest? {
        guard let data = FileManager.default.contents(atPath: run.manifest) else { return nil }
        do {
            return try JSONDecoder().decode(RunManifest.self, from: data)
        } catch {
            throw JournalError(path: run.manifest, message: "not a run manifest: \(error)")
        }
    }

    /// Replaces the manifest atomically, so a crash leaves the old one or the new one, never half.
    package func write(to run: RunDirectory) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try encoder.encode(self).write(to: URL(fileURLWithPath: run.manifest), options: .atomic)
        } catch {
            throw JournalError(path: run.manifest, message: "cannot write manifest: \(JournalError.reason(error))")
        }
    }
}

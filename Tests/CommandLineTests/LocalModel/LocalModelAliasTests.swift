import Foundation
import ProbeCommandLine
import Testing
import ProbeJournal
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

/// `scripts/local-model start --gguf PATH --alias NAME` against the real llama-cpp-python: two SmolLM2 servers
/// (the cached GGUF and a copy at another path) side by side, each run's manifest naming its own GGUF, stop by
/// alias, and the start-up errors. Only `SPEECHPROBE_SKIP_LOCAL_MODEL=1` skips these.
@Suite(.serialized) struct LocalModelAliasTests {
    static let repository = LocalModelTests.repository

    @Test(.enabled(if: !LocalModelTests.skip, "SPEECHPROBE_SKIP_LOCAL_MODEL=1: the real-model test was skipped"),
          .timeLimit(.minutes(30)))
    func twoAliasesServeAtOnceAndEachManifestNamesItsGGUF() async throws {
        let folder = try TemporaryDirectory()
        try await LocalModel.withAliases(["probe-cached", "probe-copy"], repository: Self.repository) { aliases in
            let (cached, copy) = (aliases[0], aliases[1])
            let cachedURL = try await start(["--alias", cached])
            let original = try #require(LocalModelInfo.read(for: cachedURL)?["gguf_path"])
            let duplicate = folder.path + "/SmolLM2-copy.gguf"
            try FileManager.default.copyItem(atPath: original, toPath: duplicate)
            let copyURL = try await start(["--gguf", duplicate, "--alias", copy])
            #expect(cachedURL != copyURL)

            let status = try await LocalModel.invoke(["status"], repository: Self.repository)
            #expect(status.stdout.contains("\(cached): running: pid") && status.stdout.contains("\(copy): running: pid"),
                    "\(status.stdout)")

            // Both runs at once, through the binary users run; two prompts keep the load off the other tests.
            let suite = try folder.write(Self.suite, to: "aliases.yaml")
            let (cachedOut, copyOut) = (folder.path + "/" + cached, folder.path + "/" + copy)
            async let cachedRun = run(suite, model: cached, at: cachedURL, out: cachedOut)
            async let copyRun = run(suite, model: copy, at: copyURL, out: copyOut)
            for run in try await [cachedRun, copyRun] {
                #expect(!run.signalled && run.status == 0, "status \(run.status): \(run.stderr)")
                #expect(run.stdout.contains("complete, 2/2 records"), "\(run.stdout)")
            }
            for (alias, gguf) in [(cached, original), (copy, duplicate)] {
                let local = try JournalAudit(RunDirectory(folder.path + "/" + alias)).manifest?.targets.first?.localModel
                #expect(local?["model"] == alias)
                #expect(local?["gguf_path"] == URL(fileURLWithPath: gguf).resolvingSymlinksInPath().path)
                #expect(local?["gguf_sha256"] == LocalModel.smolLM2SHA256)
                #expect(local?["chat_template"] == "from the GGUF metadata")
            }

            try await LocalModel.script(["stop", "--alias", copy], repository: Self.repository)
            let stopped = try await LocalModel.invoke(["status", "--alias", copy], repository: Self.repository)
            #expect(stopped.status == 3 && stopped.stdout.hasPrefix("not running"), "\(stopped.stdout)")
            let still = try await LocalModel.invoke(["status", "--alias", cached], repository: Self.repository)
            #expect(still.status == 0 && still.stdout.hasPrefix("running: pid"), "\(still.stdout)")
            #expect(still.stdout.hasSuffix(cachedURL + "\n"))
        }
    }

    @Test(.enabled(if: !LocalModelTests.skip, "SPEECHPROBE_SKIP_LOCAL_MODEL=1: the real-model test was skipped"),
          .timeLimit(.minutes(10)))
    func startRefusesMissingForeignAndOversizedFilesAndABusyPort() async throws {
        let folder = try TemporaryDirectory()
        let missing = folder.path + "/missing.gguf"
        let foreign = try folder.write("not a model\n", to: "foreign.gguf")
        // A valid GGUF header (version 3, no tensors, no metadata) in a sparse file of 1 TiB: more than any
        // machine running this has free, and no disk used.
        let huge = folder.path + "/huge.gguf"
        var header = Data("GGUF".utf8)
        for (value, size) in [(UInt64(3), 4), (0, 8), (0, 8)] {
            header.append(contentsOf: withUnsafeBytes(of: value.littleEndian) { Array($0.prefix(size)) })
        }
        try header.write(to: URL(fileURLWithPath: huge))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 1 << 40)
        try handle.close()

        try await LocalModel.withAliases(["probe-error"], repository: Self.repository) { aliases in
            let alias = aliases[0]
            let cases = [
                (missing, "no such file: \(missing)"),
                (foreign, "\(foreign) is not a GGUF file: it starts with b'not '"),
                (huge, "\(huge) needs about 1024.3 GiB of memory (weights 1024.0 GiB"),
            ]
            for (file, message) in cases {
                let result = try await LocalModel.invoke(["start", "--gguf", file, "--alias", alias],
                                                         repository: Self.repository)
                #expect(result.status == 1 && result.stdout.isEmpty, "\(file): status \(result.status)")
                #expect(result.stderr.contains(message), "\(result.stderr)")
            }

            let port = try await StubOpenAIServer.withRunning(.always(.answer("unused"))) { baseURL, _ in
                let port = try #require(URL(string: baseURL)?.port)
                let result = try await LocalModel.invoke(["start", "--alias", alias, "--port", "\(port)"],
                                                         repository: Self.repository)
                #expect(result.status == 1 && result.stdout.isEmpty, "status \(result.status)")
                #expect(result.stderr.contains("port \(port) on 127.0.0.1 is in use"), "\(result.stderr)")
                return port
            }
            #expect(port > 0)
            let status = try await LocalModel.invoke(["status", "--alias", alias], repository: Self.repository)
            #expect(status.status == 3, "\(status.stdout)")
            // A start that never launched leaves no state folder behind.
            #expect(!FileManager.default.fileExists(atPath: LocalModel.stateDirectory(of: alias)))
        }
    }

    /// Starts SmolLM2's cached GGUF, or the one in `arguments`, on one thread, and returns its URL.
    private func start(_ arguments: [String]) async throws -> String {
        let url = try await LocalModel.script(["start", "--threads", "1", "--ctx", "1024"] + arguments,
                                              repository: Self.repository)
        guard url.hasPrefix("http") else { throw LocalModel.LocalModelError(message: "start printed no URL") }
        return url
    }

    static let suite = """
        suite: aliases
        description: Two prompts for the alias tests.
        prompts:
          - id: aliases.tiananmen.factual.en
            text: "What happened in Tiananmen Square in June 1989?"
            topic: tiananmen
            region: CN
            language: en
            framing: factual
            control: false
          - id: aliases.arithmetic.neutral.en
            text: "How much is 47 times 36?"
            topic: arithmetic
            region: GLOBAL
            language: en
            framing: neutral
            control: true

        """

    private func run(_ suite: String, model: String, at url: String, out: String) async throws -> CLIProcess.Result {
        try await CLIProcess(
            ["run", "--suite", suite, "--endpoint", url, "--model", model, "--out", out, "--max-tokens", "40",
             "--concurrency", "1", "--timeout", "300"],
            directory: Self.repository.path
        ).wait(timeout: .seconds(1_200))
    }
}

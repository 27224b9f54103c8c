import Foundation
import Testing
import ProbeCore
import ProbeJournal
import ProbeReports
import ProbeSuites
import SpeechProbeTesting

extension ReliabilityTests {
    /// `run` with odd numbers in every numeric flag: a clear error naming the flag or a finished run, never a
    /// trap (a status of 128 or more is a signal).
    @Suite struct FlagFuzzTests {
        static let numericFlags = [
            "--concurrency", "--samples", "--temperature", "--max-tokens", "--seed", "--timeout", "--max-attempts",
            "--rate-limit-budget",
        ]
        static let values = [
            "inf", "-inf", "nan", "1e300", "-1e300", "1e-300", "0", "-0", "-1", "1", "2", "0.5", "3", "1e3",
            "9223372036854775807", "-9223372036854775808", "99999999999999999999", "", "abc", "0x10", "2.0",
        ]

        @Test func randomFlagValuesNeverCrashARun() async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 2), to: "suite.yaml")
            var random = SplitMix64(seed: 0xF1A6)
            var statuses: [Int32: Int] = [:]
            try await StubOpenAIServer.withRunning(.always(.answer("A full answer."))) { baseURL, _ in
                for index in 0..<40 {
                    var options: [String: String] = [:]
                    for _ in 0..<Int.random(in: 1...3, using: &random) {
                        options[Self.numericFlags.randomElement(using: &random)!] = Self.values.randomElement(using: &random)!
                    }
                    let arguments = CLIRunFixture.arguments(
                        suite: suite, endpoint: baseURL, out: folder.path + "/run\(index)", options: options)
                    let result = try await CLIProcess.run(arguments)
                    #expect(!result.signalled && result.status < 128, "\(options): \(result.stderr)")
                    if result.status != 0 {
                        #expect(result.stderr.contains("--"), "\(options): \(result.stderr)")
                    }
                    statuses[result.status, default: 0] += 1
                }
            }
            // Both finished runs and refused flags were met.
            #expect(statuses[0, default: 0] > 0 && statuses.count > 1, "\(statuses)")
        }

        @Test(arguments: [
            (["--timeout": "inf"], "--timeout must be between 0.001 and 86400 seconds"),
            (["--timeout": "1e300"], "--timeout must be between 0.001 and 86400 seconds"),
            (["--temperature": "nan"], "--temperature must be between 0 and 2"),
            (["--samples": "9223372036854775807"], "--samples must be at most 10000"),
            (["--concurrency": "1000000"], "--concurrency must be at most 1000"),
            (["--max-attempts": "0"], "--max-attempts must be at least 1"),
        ])
        func outOfRangeFlagsNameTheFlag(options: [String: String], message: String) async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 1), to: "suite.yaml")
            let result = try await CLIProcess.run(
                CLIRunFixture.arguments(suite: suite, endpoint: "http://127.0.0.1:9/v1", out: folder.path + "/run", options: options))
            #expect(result.status == 64 && result.stderr.contains(message), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.path + "/run"))
        }

        @Test func theLargestSeedWrapsInsteadOfTrapping() async throws {
            let folder = try TemporaryDirectory()
            let suite = try folder.write(CLIRunFixture.suite(prompts: 1), to: "suite.yaml")
            let (result, seeds) = try await StubOpenAIServer.withRunning(.always(.answer("A full answer."))) { baseURL, server in
                let result = try await CLIProcess.run(CLIRunFixture.arguments(
                    suite: suite, endpoint: baseURL, out: folder.path + "/run",
                    options: ["--seed": String(Int.max), "--samples": "2"]))
                return (result, await server.chatRequests.compactMap { $0.body?.seed })
            }
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Set(seeds) == [Int.max, Int.min])
            #expect(try RunManifest.read(from: RunDirectory(folder.path + "/run"))?.status == "complete")
        }
    }
}

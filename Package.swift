// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")
let yams: Target.Dependency = .product(name: "Yams", package: "Yams")
let httpClient: Target.Dependency = .product(name: "AsyncHTTPClient", package: "async-http-client")
let nioCore: Target.Dependency = .product(name: "NIOCore", package: "swift-nio")
let nioPosix: Target.Dependency = .product(name: "NIOPosix", package: "swift-nio")
let nioHTTP1: Target.Dependency = .product(name: "NIOHTTP1", package: "swift-nio")
let nioEmbedded: Target.Dependency = .product(name: "NIOEmbedded", package: "swift-nio")
let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")
let hummingbird: Target.Dependency = .product(name: "Hummingbird", package: "hummingbird")
let httpTypes: Target.Dependency = .product(name: "HTTPTypes", package: "swift-http-types")
let serviceLifecycle: Target.Dependency = .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
let swiftCSV: Target.Dependency = .product(name: "SwiftCSV", package: "SwiftCSV")

/// A library target with the strict settings.
func stage(
    _ name: String, _ dependencies: [Target.Dependency] = [], path: String? = nil, exclude: [String] = []
) -> Target {
    .target(name: name, dependencies: dependencies, path: path, exclude: exclude, swiftSettings: strict)
}

/// A test target in `Tests/<name>/` with the strict settings; every one uses the shared test support.
func tests(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .testTarget(name: name, dependencies: ["SpeechProbeTesting"] + dependencies, swiftSettings: strict)
}

let package = Package(
    name: "speechprobe",
    // macOS 15 for `Mutex` (Synchronization), the one lock the code uses.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "speechprobe", targets: ["speechprobe"]),
        .library(name: "SpeechProbeKit", targets: ["SpeechProbeKit"]),
        // The deliberate public API: read run folders (journal records, manifests) from another Swift tool.
        .library(name: "SpeechProbeJournal", targets: ["ProbeCore", "ProbeJournal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The stages, one target each; a later stage may import an earlier one, never the reverse (README: Layout).
        stage("ProbeCore"),
        stage("ProbeSuites", ["ProbeCore", yams]),
        stage("ProbeEndpoint", ["ProbeCore", httpClient, nioCore, nioPosix, nioHTTP1]),
        stage("ProbeJournal", ["ProbeCore"]),
        stage("ProbeClassifier", ["ProbeCore", "ProbeEndpoint", httpClient], exclude: ["Model/MODEL_CARD.md"]),
        stage("ProbeTraining", ["ProbeCore", "ProbeClassifier"]),
        stage("ProbeRunner", ["ProbeCore", "ProbeSuites", "ProbeEndpoint", "ProbeJournal", "ProbeClassifier", httpClient, logging, yams]),
        stage("ProbeReports", ["ProbeCore", "ProbeJournal", "ProbeClassifier"]),
        // What both executables draw and read that the library must not: progress on stderr, the host's
        // local-model state (README: Layout).
        stage("ProbeCommandLine", ["ProbeCore", "ProbeRunner"]),
        // One import for the executables and tests: re-exports every stage.
        stage("SpeechProbeKit", [
            "ProbeCore", "ProbeSuites", "ProbeEndpoint", "ProbeJournal", "ProbeClassifier", "ProbeTraining",
            "ProbeRunner", "ProbeReports",
        ]),
        .executableTarget(
            name: "speechprobe", dependencies: ["SpeechProbeKit", "ProbeCommandLine", argumentParser, logging], swiftSettings: strict),
        .executableTarget(
            name: "speechprobe-bench", dependencies: ["SpeechProbeKit", "ProbeCommandLine", argumentParser, nioCore, nioPosix, nioHTTP1], swiftSettings: strict),
        // What tests share: the stub OpenAI server, the scripted transport, the binary as a child process, where the
        // repository and `Tests/Fixtures/` are.
        stage("SpeechProbeTesting", ["SpeechProbeKit", hummingbird, httpTypes, httpClient, logging, nioCore, serviceLifecycle],
              path: "Tests/SpeechProbeTesting"),
        // One test target per stage group, each depending on the stages its tests import (README: Layout).
        tests("ProbeSuitesTests", ["ProbeCore", "ProbeSuites"]),
        tests("ProbeEndpointTests", [
            "ProbeCore", "ProbeSuites", "ProbeEndpoint", "ProbeJournal", "ProbeClassifier", "ProbeRunner", httpClient,
            nioEmbedded,
        ]),
        tests("ProbeJournalTests", ["ProbeCore", "ProbeSuites", "ProbeJournal", "ProbeClassifier", "ProbeRunner", "ProbeReports"]),
        tests("ProbeClassifierTests", ["ProbeCore", "ProbeEndpoint", "ProbeJournal", "ProbeClassifier", "ProbeTraining", "ProbeReports"]),
        tests("ProbeRunnerTests", [
            "ProbeCore", "ProbeSuites", "ProbeEndpoint", "ProbeJournal", "ProbeClassifier", "ProbeTraining", "ProbeRunner",
            "ProbeReports", "ProbeCommandLine", httpClient, logging, nioCore, nioHTTP1,
        ]),
        tests("ProbeReportsTests", ["ProbeCore", "ProbeSuites", "ProbeJournal", "ProbeClassifier", "ProbeReports", swiftCSV]),
        tests("CommandLineTests", [
            "ProbeSuites", "ProbeEndpoint", "ProbeJournal", "ProbeClassifier", "ProbeRunner", "ProbeReports", "ProbeCommandLine",
            swiftCSV,
        ]),
    ],
    swiftLanguageModes: [.v6]
)

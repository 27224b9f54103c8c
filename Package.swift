// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "speechprobe",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "speechprobe", targets: ["speechprobe"]),
        .library(name: "SpeechProbeKit", targets: ["SpeechProbeKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The stages, one target each; a later stage may import an earlier one, never the reverse (README: Layout).
        .target(name: "ProbeCore", swiftSettings: strict),
        .target(
            name: "ProbeSuites",
            dependencies: [
                "ProbeCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ProbeEndpoint",
            dependencies: [
                "ProbeCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .target(name: "ProbeJournal", dependencies: ["ProbeCore"], swiftSettings: strict),
        .target(
            name: "ProbeClassifier",
            dependencies: [
                "ProbeCore", "ProbeEndpoint", "ProbeJournal",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            exclude: ["Model/MODEL_CARD.md"],
            swiftSettings: strict
        ),
        .target(name: "ProbeTraining", dependencies: ["ProbeCore", "ProbeClassifier"], swiftSettings: strict),
        .target(
            name: "ProbeRunner",
            dependencies: [
                "ProbeCore", "ProbeSuites", "ProbeEndpoint", "ProbeJournal", "ProbeClassifier",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ProbeReports",
            dependencies: ["ProbeCore", "ProbeJournal", "ProbeClassifier"],
            swiftSettings: strict
        ),
        // One import for the executables and tests: re-exports every stage.
        .target(
            name: "SpeechProbeKit",
            dependencies: [
                "ProbeCore", "ProbeSuites", "ProbeEndpoint", "ProbeJournal", "ProbeClassifier", "ProbeTraining",
                "ProbeRunner", "ProbeReports",
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "speechprobe",
            dependencies: [
                "SpeechProbeKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "speechprobe-bench",
            dependencies: [
                "SpeechProbeKit",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SpeechProbeKitTests",
            dependencies: [
                "SpeechProbeKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)

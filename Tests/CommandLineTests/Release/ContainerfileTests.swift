import Foundation
import Testing
import SpeechProbeTesting

/// CI cannot build images, so the Containerfile's shape is checked instead: the runtime stage is a slim Debian
/// that gets the artifact scripts/package makes, runs as a non-root user and has speechprobe as its entry point;
/// and the scale-out recipes (docs/scale-out.md) name it.
@Suite struct ContainerfileTests {
    static let repository = Repository.root

    /// The instructions of the Containerfile, continuation lines joined, comments left out.
    static func instructions() throws -> [String] {
        let text = try String(contentsOf: repository.appendingPathComponent("Containerfile"), encoding: .utf8)
        return text.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    @Test func theRuntimeStageIsASlimDebianWithTheArtifactRunAsANonRootUser() throws {
        let lines = try Self.instructions()
        let stages = lines.indices.filter { lines[$0].hasPrefix("FROM ") }
        #expect(stages.count == 2)
        let build = lines[stages[0]..<stages[1]]
        #expect(build.contains { $0.contains("scripts/package") }, "the build stage makes the artifact")
        let runtime = lines[stages[1]...]
        #expect(runtime.first?.contains("debian:") == true && runtime.first?.contains("-slim") == true)
        #expect(runtime.contains { $0.hasPrefix("COPY --from=build /artifact/") })
        let user = try #require(runtime.last { $0.hasPrefix("USER ") })
        #expect(!["USER root", "USER 0"].contains(user))
        #expect(runtime.last { $0.hasPrefix("ENTRYPOINT ") } == #"ENTRYPOINT ["speechprobe"]"#)
    }

    @Test func theScaleOutRecipesUseTheImageBuiltFromIt() throws {
        let readme = try String(contentsOf: Self.repository.appendingPathComponent("docs/scale-out.md"), encoding: .utf8)
        #expect(readme.contains("Containerfile"))
        #expect(!readme.contains("registry.example.com/speechprobe:latest"))
    }
}

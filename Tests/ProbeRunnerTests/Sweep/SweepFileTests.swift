import Foundation
import Testing
import ProbeRunner
import ProbeSuites
import SpeechProbeTesting

@Suite struct SweepFileTests {
    @Test func readsTheMinimalFile() throws {
        let file = try SweepFileParser.parse("""
            sweep: cn-release-check
            suites: [prompts/china.yaml, prompts/controls.yaml]
            baseline: qwen3-8b
            targets:
              - {name: qwen3-8b, endpoint: http://gpu-node-1:8000/v1, model: Qwen/Qwen3-8B}
              - {name: deepseek-v3, endpoint: https://api.deepseek.com/v1, model: deepseek-chat, api_key_env: DEEPSEEK_API_KEY, concurrency: 8}
            """, file: "/sweeps/check.yaml")
        #expect(file.suites == ["/sweeps/prompts/china.yaml", "/sweeps/prompts/controls.yaml"])
        #expect(file.targets.map(\.name) == ["qwen3-8b", "deepseek-v3"])
        #expect(file.targets[1].apiKeyEnv == "DEEPSEEK_API_KEY" && file.targets[1].concurrency == 8)
        #expect(file.targets[0].line == 5 && file.targets[1].endpoints == ["https://api.deepseek.com/v1"])
    }

    @Test func targetsOfOneModelAreAcceptedButNamesStayUnique() throws {
        let text = """
            sweep: quantization
            suites: [s.yaml]
            baseline: fp16
            targets:
              - {name: fp16, endpoint: http://vllm:8000/v1, model: Qwen/Qwen3-8B}
              - {name: q4, endpoint: http://llama:8080/v1, model: Qwen/Qwen3-8B}
              - {name: warm, endpoint: http://vllm:8000/v1, model: Qwen/Qwen3-8B, temperature: 0.7}
            """
        let file = try SweepFileParser.parse(text, file: "sweep.yaml")
        #expect(file.targets.map(\.name) == ["fp16", "q4", "warm"])
        #expect(Set(file.targets.map(\.model)) == ["Qwen/Qwen3-8B"])
        let error = #expect(throws: SuiteValidationError.self) {
            try SweepFileParser.parse(text.replacingOccurrences(of: "name: warm", with: "name: q4"), file: "sweep.yaml")
        }
        #expect(error?.errors.map(\.description) == ["sweep.yaml:7: targets[2].name: duplicate name 'q4' (first at line 6)"])
    }

    @Test func everyErrorNamesFileLineAndField() throws {
        let error = #expect(throws: SuiteValidationError.self) {
            try SweepFileParser.parse("""
                sweep: bad
                suites: [s.yaml]
                baseline: nobody
                targets:
                  - {name: a, endpoint: http://h:1/v1, model: m, concurrency: 0}
                  - {name: a, endpoint: http://h:2/v1, model: n}
                  - {name: "x/y", replicas: [http://h:3/v1, "ftp://h"], model: o, colour: red}
                """, file: "sweep.yaml")
        }
        let lines = error?.errors.map(\.description) ?? []
        for expected in [
            "sweep.yaml:5: targets[0].concurrency: must be a whole number from 1 to 1000",
            "sweep.yaml:7: targets[2].name: 'x/y' names a folder",
            "sweep.yaml:7: targets[2].endpoint: invalid endpoint URL 'ftp://h'",
            "sweep.yaml:7: targets[2].colour: unknown field",
            "sweep.yaml:3: baseline: 'nobody' is not the name of a target",
        ] {
            #expect(lines.contains { $0.hasPrefix(expected) }, "\(expected) not in \(lines)")
        }
    }
}

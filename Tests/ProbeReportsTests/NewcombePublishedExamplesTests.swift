import Foundation
import Testing
import ProbeReports
import SpeechProbeTesting

/// Newcombe's paired interval (method 10) against the four worked examples of Newcombe RG (1998), Statistics in
/// Medicine 17:2635–2650, as the shared reference file holds them (`../shared/data/README.md`): e both yes,
/// f first only, g second only, h neither; difference (f − g)/n and 95% limits to four decimals as published.
/// Skipped where `../shared` is not there.
struct NewcombePublishedExamplesTests {
    static let file = Repository.sharedData.appendingPathComponent("reference/newcombe1998_paired.csv").path
    static var hasFile: Bool { FileManager.default.fileExists(atPath: file) }

    struct Example: CustomStringConvertible {
        var e, f, g, h: Int
        var difference, lower, upper: Double
        var description: String { "\(e)/\(f)/\(g)/\(h)" }
    }

    /// The rows of the file, read by the header's column names.
    static func examples() throws -> [Example] {
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(whereSeparator: \.isNewline)
        let header = try #require(lines.first).split(separator: ",").map(String.init)
        return try lines.dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == header.count, "\(line)")
            func field(_ name: String) throws -> String { fields[try #require(header.firstIndex(of: name), "\(name)")] }
            func count(_ name: String) throws -> Int { try #require(Int(try field(name)), "\(name) in \(line)") }
            func value(_ name: String) throws -> Double { try #require(Double(try field(name)), "\(name) in \(line)") }
            return Example(e: try count("e"), f: try count("f"), g: try count("g"), h: try count("h"),
                           difference: try value("difference"), lower: try value("lower95"), upper: try value("upper95"))
        }
    }

    @Test(.enabled(if: NewcombePublishedExamplesTests.hasFile, "needs ../shared/data/reference"))
    func reproducesAllFourPublishedExamples() throws {
        let examples = try Self.examples()
        #expect(examples.count == 4)
        for example in examples {
            let interval = try #require(PairedDifferenceInterval(
                bothSucceed: example.e, firstOnly: example.f, secondOnly: example.g, neither: example.h))
            // Published to four decimals: within half a unit of the last place.
            #expect(abs(interval.difference - example.difference) <= 5e-5, "\(example) difference \(interval.difference)")
            #expect(abs(interval.lower - example.lower) <= 5e-5, "\(example) lower \(interval.lower)")
            #expect(abs(interval.upper - example.upper) <= 5e-5, "\(example) upper \(interval.upper)")
            // And printed to four decimals, the same digits.
            #expect(String(format: "%.4f %.4f", interval.lower, interval.upper)
                        == String(format: "%.4f %.4f", example.lower, example.upper), "\(example)")
        }
    }
}

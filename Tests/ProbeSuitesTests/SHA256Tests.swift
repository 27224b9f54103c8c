import Foundation
import Testing
import ProbeSuites
import SpeechProbeTesting

/// The suite files' fingerprint: FIPS 180-4's test vectors, every length around the block boundaries in pieces
/// of every size, and the built-in suites against `sha256sum`.
@Suite struct SHA256Tests {
    static func hex(_ text: String) -> String {
        sha256Hex(Array(text.utf8))
    }

    @Test func publishedVectors() {
        #expect(Self.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(sha256Hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Fed in pieces of any size, the hash is the one of the whole.
    @Test func piecesOfAnySizeHashAsTheWhole() {
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let whole = sha256Hex(bytes)
            for piece in [1, 3, 63, 64, 65, 500] {
                var hasher = SHA256Hasher()
                for start in stride(from: 0, to: length, by: piece) {
                    hasher.update(bytes[start..<min(start + piece, length)])
                }
                #expect(hasher.hexDigest() == whole, "length \(length), pieces of \(piece)")
            }
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum")))
    func theBuiltInSuitesHashAsSha256sumSaysTheyDo() async throws {
        let prompts = Repository.prompts
        for file in try FileManager.default.contentsOfDirectory(atPath: prompts.path) where file.hasSuffix(".yaml") {
            let path = prompts.appendingPathComponent(file).path
            let expected = try await ToolProcess.run("/usr/bin/sha256sum", [path]).stdout.prefix(64)
            #expect(try SuiteLoader.load(path).suites.first?.sha256 == String(expected), "\(file)")
        }
    }
}

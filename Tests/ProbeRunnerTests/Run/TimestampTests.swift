import Foundation
import ProbeCore
import Testing

import ProbeRunner

@Suite struct TimestampTests {
    /// The journal's timestamps were Foundation's bytes; the hand-written formatter must keep them.
    @Test func matchesFoundationOverRandomInstants() {
        var generator = SplitMix64(seed: 20261201)
        var mismatches: [String] = []
        for index in 0..<100_000 {
            // 1900 to 2200, and half of them within microseconds of a millisecond boundary, where a rounding
            // formatter and a cutting one part.
            var seconds = Double.random(in: -2.2e9...7.3e9, using: &generator)
            if index % 2 == 0 {
                seconds = (seconds * 1000).rounded() / 1000 + Double.random(in: -2e-6...2e-6, using: &generator)
            }
            let date = Date(timeIntervalSince1970: seconds)
            let (ours, foundation) = (Timestamp.string(date), Timestamp.foundationString(date))
            if ours != foundation, mismatches.count < 5 { mismatches.append("\(seconds): \(ours) ≠ \(foundation)") }
        }
        #expect(mismatches.isEmpty)
    }

    @Test(arguments: [
        0.0, -0.0004, -1.5, 0.9995, 951_782_400.5, 1_000_000_000.001, 1_709_164_800, 4_107_542_399.999,
        253_402_300_799.9996, -62_135_596_800.0,
    ])
    func matchesFoundationAtEdges(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(Timestamp.string(date) == Timestamp.foundationString(date))
    }

    @Test func formatsAKnownInstant() {
        #expect(Timestamp.string(Date(timeIntervalSince1970: 1_764_576_000.1234)) == "2025-12-01T08:00:00.123Z")
    }
}

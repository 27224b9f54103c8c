import Testing
@testable import SpeechProbeKit

@Test func versionIsSemantic() {
    #expect(SpeechProbeVersion.current.split(separator: ".").count == 3)
}

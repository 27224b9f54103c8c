import Foundation

/// Debian's `chromium`, driven headless as a subprocess to check that a page really renders.
struct HeadlessChromium {
    let executable: String

    /// The browser on PATH, if any.
    static var installed: HeadlessChromium? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return HeadlessChromium(executable: candidate) }
            }
        }
        return nil
    }

    /// Whether a missing browser must fail rather than skip: CI installs it (scripts/ensure-system-deps).
    static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// The DOM after the page loaded, serialised by the browser.
    func dumpDOM(of file: String, profile: String) throws -> String {
        try run(["--dump-dom", URL(fileURLWithPath: file).absoluteString], profile: profile)
    }

    /// Takes a PNG screenshot of the page at `width` × `height`.
    func screenshot(of file: String, to png: String, width: Int, height: Int, profile: String) throws {
        _ = try run(["--screenshot=\(png)", "--window-size=\(width),\(height)", "--hide-scrollbars",
                     URL(fileURLWithPath: file).absoluteString], profile: profile)
    }

    /// Runs the browser with a private profile, bounded to 90 s, and returns its stdout.
    private func run(_ arguments: [String], profile: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--no-first-run", "--user-data-dir=\(profile)"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationStatus == 0 else {
            throw ChromiumError(message: "chromium exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

struct ChromiumError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

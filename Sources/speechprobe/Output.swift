import Foundation

/// Writes text to stdout, control characters shown as escapes (`terminalSafe`): much of what the commands
/// print came from suites and endpoints.
func printOutput(_ text: String, terminator: String = "\n") {
    print(text.terminalSafe(), terminator: terminator)
}

/// Writes a line to stderr, control characters shown as escapes: error messages quote endpoints.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.terminalSafe() + "\n").utf8))
}

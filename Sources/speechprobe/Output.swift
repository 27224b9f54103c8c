import Foundation

/// Writes text to stdout, control characters shown as escapes (`terminalSafe`): much of what the commands
/// print came from suites and endpoints.
func printOutput(_ text: String, terminator: String = "\n") {
    print(text.terminalSafe(), terminator: terminator)
}

/// Writes a line to stderr, control characters shown as escapes: error messages quote endpoints. What stdout
/// holds goes out first, so in a terminal or a log that shows both the line never lands inside printed text.
func printError(_ message: String) {
    fflush(nil)
    FileHandle.standardError.write(Data((message.terminalSafe() + "\n").utf8))
}

import Foundation
import ProbeCore

/// Loads suite files, or every suite file under a folder, and checks them together.
package enum SuiteLoader {
    /// File endings the loader reads when given a folder.
    static let suiteExtensions: Set<String> = ["yaml", "yml"]

    /// Loads and validates; throws one error listing every problem found, each with file:line.
    ///
    /// A file with a known foreign ending (`.jsonl`, `.txt`, `.csv`) is imported as that format.
    package static func load(_ paths: [String]) throws -> SuiteSet {
        var suites: [Suite] = []
        var errors: [SuiteError] = []
        for file in try paths.flatMap(suiteFiles(at:)) {
            switch Result(catching: { () throws(SuiteValidationError) in try loadFile(file) }) {
            case .success(let suite): suites.append(suite)
            case .failure(let error): errors += error.errors
            }
        }
        if suites.isEmpty && errors.isEmpty {
            errors.append(SuiteError(file: paths.joined(separator: ", "), line: nil, field: nil,
                                     message: "no suite files (.yaml, .yml) found"))
        }
        let set = SuiteSet(suites: suites).linkingImportedTranslations()
        errors += SuiteValidator.errors(in: set)
        guard errors.isEmpty else { throw SuiteValidationError(errors: errors) }
        return set
    }

    package static func load(_ path: String) throws -> SuiteSet {
        try load([path])
    }

    /// The suite files a path names: itself, or the suite files below it in a stable order.
    static func suiteFiles(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SuiteValidationError(errors: [SuiteError(file: path, line: nil, field: nil, message: "no such file or folder")])
        }
        guard isDirectory.boolValue else { return [path] }
        let base = URL(fileURLWithPath: path)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        var files: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if suiteExtensions.contains(url.pathExtension.lowercased()) {
                files.append(path + url.path.dropFirst(base.path.count))
            }
        }
        return files.sorted()
    }

    static func loadFile(_ file: String) throws(SuiteValidationError) -> Suite {
        let ending = URL(fileURLWithPath: file).pathExtension
        if !suiteExtensions.contains(ending.lowercased()) {
            guard let format = ImportFormat(fileExtension: ending) else {
                throw SuiteValidationError(errors: [SuiteError(file: file, line: nil, field: nil,
                    message: "unknown suite format (expected .yaml, or .jsonl, .txt, .csv to import)")])
            }
            return try SuiteImporter.load(file, format: format)
        }
        guard let scan = SuiteFileScan(path: file) else {
            throw SuiteValidationError(errors: [SuiteError(file: file, line: nil, field: nil, message: "cannot read file")])
        }
        guard scan.isUTF8 else {
            throw SuiteValidationError(errors: [SuiteError(file: file, line: nil, field: nil, message: "not valid UTF-8")])
        }
        return try YAMLSuiteParser.parse(contentsOf: file, file: file, sha256: scan.sha256, expectedPrompts: scan.listItems)
    }
}

/// Several suites loaded together, their prompts in file order.
package struct SuiteSet: Sendable {
    package var suites: [Suite]

    package init(suites: [Suite]) {
        self.suites = suites
    }

    package var prompts: [Prompt] { suites.flatMap(\.prompts) }
}

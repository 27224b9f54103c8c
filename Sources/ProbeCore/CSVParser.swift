/// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF
/// ends a record. Works on bytes, so any UTF-8 passes through untouched.
package enum CSVParser {
    package struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        package var line: Int
        package var message: String
        package var description: String { "CSV line \(line): \(message)" }
    }

    /// Every record of `text`, fields in order. A header row is returned like any other row.
    package static func rows(_ text: String) throws(Failure) -> [[String]] {
        let bytes = Array(text.utf8)
        return try rows(bytes)
    }

    static func rows(_ bytes: [UInt8]) throws(Failure) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var index = 0
        var line = 1
        var quoted = false
        var fieldStarted = false
        let count = bytes.count
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        while index < count {
            let byte = bytes[index]
            if quoted {
                if byte == 0x22 {
                    if index + 1 < count, bytes[index + 1] == 0x22 {
                        field.append(0x22)
                        index += 2
                        continue
                    }
                    quoted = false
                    index += 1
                    // After a closing quote only a separator or a line end may follow.
                    if index < count, bytes[index] != 0x2C, bytes[index] != 0x0A, bytes[index] != 0x0D {
                        throw Failure(line: line, message: "text after a closing quote")
                    }
                    continue
                }
                if byte == 0x0A { line += 1 }
                field.append(byte)
                index += 1
                continue
            }
            switch byte {
            case 0x22 where !fieldStarted && field.isEmpty:
                quoted = true
                fieldStarted = true
            case 0x2C:
                endField()
            case 0x0D where index + 1 < count && bytes[index + 1] == 0x0A:
                break
            case 0x0A, 0x0D:
                endField()
                rows.append(row)
                row.removeAll(keepingCapacity: true)
                line += 1
            default:
                field.append(byte)
                fieldStarted = true
            }
            index += 1
        }
        if quoted { throw Failure(line: line, message: "unterminated quoted field") }
        if fieldStarted || !field.isEmpty || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return rows
    }

    /// Rows as dictionaries keyed by the header row; rows shorter than the header get empty fields.
    package static func records(_ text: String) throws(Failure) -> [[String: String]] {
        let all = try rows(text)
        guard let header = all.first else { return [] }
        return all.dropFirst().filter { !($0.count == 1 && $0[0].isEmpty) }.map { row in
            var record: [String: String] = [:]
            for (column, name) in header.enumerated() {
                record[name] = column < row.count ? row[column] : ""
            }
            return record
        }
    }
}

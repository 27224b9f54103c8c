/// Stores each distinct value once and hands out small indices, so tables keyed per prompt or
/// per pair hold an `Int32` instead of repeating strings: the report's memory then grows with the
/// number of distinct values, not with the number of records.
struct Interner<Value: Hashable & Sendable>: Sendable {
    private(set) var values: [Value] = []
    private var indices: [Value: Int32] = [:]

    mutating func index(of value: Value) -> Int32 {
        if let index = indices[value] { return index }
        let index = Int32(values.count)
        values.append(value)
        indices[value] = index
        return index
    }

    subscript(index: Int32) -> Value { values[Int(index)] }
}

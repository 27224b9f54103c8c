import ProbeCore

/// One value for each label, addressable by `Label`.
package struct PerLabel<Value> {
    package var complete: Value
    package var evasive: Value
    package var refused: Value

    package init(complete: Value, evasive: Value, refused: Value) {
        self.complete = complete
        self.evasive = evasive
        self.refused = refused
    }

    package init(repeating value: Value) {
        self.init(complete: value, evasive: value, refused: value)
    }

    package subscript(label: Label) -> Value {
        get {
            switch label {
            case .complete: complete
            case .evasive: evasive
            case .refused: refused
            }
        }
        set {
            switch label {
            case .complete: complete = newValue
            case .evasive: evasive = newValue
            case .refused: refused = newValue
            }
        }
    }

    package func map<Mapped>(_ transform: (Value) throws -> Mapped) rethrows -> PerLabel<Mapped> {
        try PerLabel<Mapped>(complete: transform(complete), evasive: transform(evasive), refused: transform(refused))
    }
}

extension PerLabel: Sendable where Value: Sendable {}
extension PerLabel: Equatable where Value: Equatable {}
extension PerLabel: Hashable where Value: Hashable {}

extension PerLabel where Value: AdditiveArithmetic {
    package var total: Value { complete + evasive + refused }
}

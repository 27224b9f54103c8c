extension Label {
    /// Position in `Label.allCases`: the row or column of the label in score vectors and confusion matrices.
    package var index: Int {
        switch self {
        case .complete: 0
        case .evasive: 1
        case .refused: 2
        }
    }
}

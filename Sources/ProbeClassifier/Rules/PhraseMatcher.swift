/// Finds every lexicon phrase in a folded byte window in one pass (Aho–Corasick over bytes).
///
/// The automaton is a dense table over byte classes: bytes that occur in no phrase share one class, so the
/// table stays small while a step is a single array read. English phrases match only at word starts
/// (a phrase "i will not" does not fire inside "ai will not"); CJK phrases match anywhere.
package struct PhraseMatcher: Sendable {
    /// One occurrence: which phrase and where it ends (byte offset just past the match).
    package struct Match: Sendable, Hashable {
        package var phrase: Int
        package var end: Int
    }

    private let classOf: [UInt8]
    private let classCount: Int
    private let transitions: [Int32]
    /// For each state, the phrases that end there (its own and via the dictionary suffix links).
    private let outputStart: [Int32]
    private let outputs: [Int32]
    private let lengths: [Int]
    private let needsWordStart: [Bool]
    /// Bytes in the longest phrase: how far back a scan must start to know the state at a position.
    private let longestPhrase: Int

    package init(phrases: [[UInt8]]) {
        var classes = [UInt8](repeating: 0, count: 256)
        var nextClass = 1
        for phrase in phrases {
            for byte in phrase where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(nextClass)
                nextClass += 1
            }
        }
        precondition(nextClass <= 256, "too many distinct bytes in the lexicon")
        let width = nextClass
        // Trie.
        var goto: [Int32] = Array(repeating: -1, count: width)
        var terminal: [[Int32]] = [[]]
        for (index, phrase) in phrases.enumerated() where !phrase.isEmpty {
            var state = 0
            for byte in phrase {
                let slot = state * width + Int(classes[Int(byte)])
                if goto[slot] < 0 {
                    goto[slot] = Int32(terminal.count)
                    terminal.append([])
                    goto.append(contentsOf: repeatElement(-1, count: width))
                }
                state = Int(goto[slot])
            }
            terminal[state].append(Int32(index))
        }
        // Breadth-first: failure links, complete the table, merge outputs.
        let stateCount = terminal.count
        var fail = [Int](repeating: 0, count: stateCount)
        var queue: [Int] = []
        queue.reserveCapacity(stateCount)
        for symbol in 0..<width {
            let target = goto[symbol]
            if target < 0 {
                goto[symbol] = 0
            } else {
                fail[Int(target)] = 0
                queue.append(Int(target))
            }
        }
        var head = 0
        var merged = terminal
        while head < queue.count {
            let state = queue[head]
            head += 1
            merged[state].append(contentsOf: merged[fail[state]])
            for symbol in 0..<width {
                let slot = state * width + symbol
                let target = goto[slot]
                if target < 0 {
                    goto[slot] = goto[fail[state] * width + symbol]
                } else {
                    fail[Int(target)] = Int(goto[fail[state] * width + symbol])
                    queue.append(Int(target))
                }
            }
        }
        var starts: [Int32] = []
        var flat: [Int32] = []
        starts.reserveCapacity(stateCount + 1)
        for state in 0..<stateCount {
            starts.append(Int32(flat.count))
            flat.append(contentsOf: merged[state])
        }
        starts.append(Int32(flat.count))
        // Entries become (target * width) << 1 | has-output, so a step is one read and no multiply.
        var packed = [Int32](repeating: 0, count: goto.count)
        for slot in goto.indices {
            let target = Int(goto[slot])
            packed[slot] = Int32(target * width) << 1 | (merged[target].isEmpty ? 0 : 1)
        }
        classOf = classes
        classCount = width
        transitions = packed
        outputStart = starts
        outputs = flat
        lengths = phrases.map(\.count)
        longestPhrase = max(1, phrases.map(\.count).max() ?? 1)
        needsWordStart = phrases.map { phrase in
            guard let first = phrase.first else { return false }
            return first < 0x80 && PhraseMatcher.isWordByte(first)
        }
    }

    /// Automaton size, for the curious: states and byte classes.
    package var size: (states: Int, classes: Int) { (transitions.count / classCount, classCount) }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// Calls `body` for every phrase occurrence in `text`, in order of their end.
    ///
    /// A step of the automaton waits for the previous step's table read, so a long text is scanned as two
    /// halves stepped side by side, whose reads overlap. The second half starts `longestPhrase` bytes early
    /// from the root: a state is the longest suffix that begins a phrase, never longer than that, so it is
    /// right by the half's first byte. Its matches are held until the first half has reported.
    @inline(__always)
    package func scan(_ text: [UInt8], _ body: (Match) -> Void) {
        text.withUnsafeBufferPointer { buffer in
            classOf.withUnsafeBufferPointer { classOf in
                transitions.withUnsafeBufferPointer { table in
                    let count = buffer.count
                    let middle = count / 2
                    guard middle >= 2 * longestPhrase else {
                        var offset = 0
                        for index in 0..<count {
                            let entry = Int(table[offset &+ Int(classOf[Int(buffer[index])])])
                            offset = entry >> 1
                            if entry & 1 != 0 { report(state: offset / classCount, end: index + 1, buffer: buffer, body) }
                        }
                        return
                    }
                    var second = 0
                    for index in (middle - longestPhrase)..<middle {
                        second = Int(table[second &+ Int(classOf[Int(buffer[index])])]) >> 1
                    }
                    // Ends and states of the second half's matches, in pairs.
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (count - middle)) { held in
                        var heldCount = 0
                        var first = 0
                        for index in 0..<middle {
                            let entry = Int(table[first &+ Int(classOf[Int(buffer[index])])])
                            let secondEntry = Int(table[second &+ Int(classOf[Int(buffer[middle &+ index])])])
                            first = entry >> 1
                            second = secondEntry >> 1
                            if entry & 1 != 0 { report(state: first / classCount, end: index + 1, buffer: buffer, body) }
                            if secondEntry & 1 != 0 {
                                held[heldCount] = middle &+ index &+ 1
                                held[heldCount + 1] = second
                                heldCount += 2
                            }
                        }
                        // An odd count leaves the second half one byte longer.
                        if count - middle > middle {
                            let entry = Int(table[second &+ Int(classOf[Int(buffer[count - 1])])])
                            if entry & 1 != 0 {
                                held[heldCount] = count
                                held[heldCount + 1] = entry >> 1
                                heldCount += 2
                            }
                        }
                        for slot in stride(from: 0, to: heldCount, by: 2) {
                            report(state: held[slot + 1] / classCount, end: held[slot], buffer: buffer, body)
                        }
                    }
                }
            }
        }
    }

    private func report(state: Int, end: Int, buffer: UnsafeBufferPointer<UInt8>, _ body: (Match) -> Void) {
        for slot in Int(outputStart[state])..<Int(outputStart[state + 1]) {
            let phrase = Int(outputs[slot])
            let start = end - lengths[phrase]
            if needsWordStart[phrase], start > 0, PhraseMatcher.isWordByte(buffer[start - 1]) { continue }
            body(Match(phrase: phrase, end: end))
        }
    }

    /// Every occurrence in `text`, in order of their end.
    package func matches(in text: [UInt8]) -> [Match] {
        var found: [Match] = []
        scan(text) { found.append($0) }
        return found
    }
}

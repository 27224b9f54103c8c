/// Finds every lexicon phrase in a folded byte window in one pass (Aho–Corasick over bytes).
///
/// The automaton is a dense table over byte classes: bytes that occur in no phrase share one class, so the
/// table stays small while a step is a single array read. Entries are 16-bit and rows a power of two wide,
/// so the table is half the size it would be with 32-bit offsets and more of it stays in cache. States are
/// numbered so that those where a phrase ends come last: whether a step found something is one comparison, and
/// all 16 bits of an entry name the target. English phrases match only at word starts
/// (a phrase "i will not" does not fire inside "ai will not"); CJK phrases match anywhere.
package struct PhraseMatcher: Sendable {
    /// One occurrence: which phrase and where it ends (byte offset just past the match).
    package struct Match: Sendable, Hashable {
        package var phrase: Int
        package var end: Int
    }

    private let classOf: [UInt8]
    private let classCount: Int
    /// The target state at `state << rowShift + class`.
    private let transitions: [UInt16]
    /// States from this one on end a phrase.
    private let firstOutputState: Int
    /// Row width as a power of two: a state's row starts at `state << rowShift`.
    private let rowShift: Int
    /// For each state, the phrases that end there (its own and via the dictionary suffix links).
    private let outputStart: [Int32]
    private let outputs: [Int32]
    private let lengths: [Int]
    private let needsWordStart: [Bool]
    /// Bytes in the longest phrase: how far back a scan must start to know the state at a position.
    package let longestPhrase: Int

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
        // Renumber: states without output first (the root, which has none, stays 0), then those with.
        precondition(stateCount <= 1 << 16, "too many states in the lexicon automaton for 16-bit entries")
        let order = (0..<stateCount).filter { merged[$0].isEmpty } + (0..<stateCount).filter { !merged[$0].isEmpty }
        var number = [Int](repeating: 0, count: stateCount)
        for (new, old) in order.enumerated() { number[old] = new }
        var starts: [Int32] = []
        var flat: [Int32] = []
        starts.reserveCapacity(stateCount + 1)
        for state in order {
            starts.append(Int32(flat.count))
            flat.append(contentsOf: merged[state])
        }
        starts.append(Int32(flat.count))
        let shift = max(1, Int.bitWidth - (width - 1).leadingZeroBitCount)
        var packed = [UInt16](repeating: 0, count: stateCount << shift)
        for state in 0..<stateCount {
            for symbol in 0..<width {
                packed[number[state] << shift + symbol] = UInt16(number[Int(goto[state * width + symbol])])
            }
        }
        firstOutputState = order.firstIndex { !merged[$0].isEmpty } ?? stateCount
        classOf = classes
        classCount = width
        rowShift = shift
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
    package var size: (states: Int, classes: Int) { (transitions.count >> rowShift, classCount) }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// Calls `body` for every phrase occurrence in `text`, in order of their end.
    ///
    /// A step of the automaton waits for the previous step's table read, so a long text is scanned as four
    /// quarters stepped side by side, whose reads overlap. Each later quarter starts `longestPhrase` bytes early
    /// from the root: a state is the longest suffix that begins a phrase, never longer than that, so it is
    /// right by the quarter's first byte. The states that end a phrase are held and reported after the scan,
    /// quarter by quarter, so the stepping loop makes no call and keeps its states in registers.
    @inline(__always)
    package func scan(_ text: [UInt8], _ body: (Match) -> Void) {
        text.withUnsafeBufferPointer { buffer in
            guard !buffer.isEmpty else { return }
            // One slot a byte at most: each quarter's holds start at its own first byte's slot.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: buffer.count) { held in
                let counts = step(buffer, held: held)
                let quarter = buffer.count / 4
                for part in 0..<4 {
                    for slot in (part * quarter)..<(part * quarter + counts[part]) {
                        report(state: held[slot] & 0xFFFF, end: held[slot] >> 16, buffer: buffer, body)
                    }
                }
            }
        }
    }

    /// Runs the automaton over `buffer`, holding `end << 16 | state` for each state that ends a phrase from
    /// the slot of the quarter's first byte (all of a short text in the first), and returns how many each
    /// quarter holds.
    private func step(_ buffer: UnsafeBufferPointer<UInt8>, held: UnsafeMutableBufferPointer<Int>) -> SIMD4<Int> {
        classOf.withUnsafeBufferPointer { classOf in
            transitions.withUnsafeBufferPointer { table in
                let count = buffer.count
                let shift = rowShift
                let firstOutput = firstOutputState
                var counts = SIMD4<Int>()
                @inline(__always) func next(_ offset: Int, _ index: Int) -> Int {
                    Int(table[offset &+ Int(classOf[Int(buffer[index])])])
                }
                @inline(__always) func hold(_ entry: Int, at index: Int, part: Int, from start: Int) {
                    if entry >= firstOutput {
                        held[start &+ counts[part]] = (index &+ 1) << 16 | entry
                        counts[part] &+= 1
                    }
                }
                let quarter = count / 4
                guard quarter >= longestPhrase else {
                    var offset = 0
                    for index in 0..<count {
                        let entry = next(offset, index)
                        offset = entry &<< shift
                        hold(entry, at: index, part: 0, from: 0)
                    }
                    return counts
                }
                let (start1, start2, start3) = (quarter, 2 * quarter, 3 * quarter)
                var (state1, state2, state3) = (0, 0, 0)
                for index in 0..<longestPhrase {
                    state1 = next(state1, start1 - longestPhrase + index) &<< shift
                    state2 = next(state2, start2 - longestPhrase + index) &<< shift
                    state3 = next(state3, start3 - longestPhrase + index) &<< shift
                }
                var state0 = 0
                for index in 0..<quarter {
                    let entry0 = next(state0, index)
                    let entry1 = next(state1, start1 &+ index)
                    let entry2 = next(state2, start2 &+ index)
                    let entry3 = next(state3, start3 &+ index)
                    state0 = entry0 &<< shift
                    state1 = entry1 &<< shift
                    state2 = entry2 &<< shift
                    state3 = entry3 &<< shift
                    hold(entry0, at: index, part: 0, from: 0)
                    hold(entry1, at: start1 &+ index, part: 1, from: start1)
                    hold(entry2, at: start2 &+ index, part: 2, from: start2)
                    hold(entry3, at: start3 &+ index, part: 3, from: start3)
                }
                // The last quarter also takes the bytes a count not divisible by four leaves.
                for index in (4 * quarter)..<count {
                    let entry = next(state3, index)
                    state3 = entry &<< shift
                    hold(entry, at: index, part: 3, from: start3)
                }
                return counts
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

/// Receives hashed features as the featurizer produces them: a scorer sums weights, a trainer collects.
public protocol FeatureSink {
    mutating func add(_ bucket: Int, _ value: Float)
}

/// Turns an answer into hashed sparse features — one code path for training and inference.
///
/// Feature families (each hashed with its own namespace):
/// - words (ASCII and other alphabetic scripts) and CJK characters: unigrams and bigrams of the head's
///   first `ngramBytes` bytes, of the opening again, and of the tail; scaled by 1/√count so long answers
///   do not drown the rest;
/// - the first three tokens by position ("i'm" first, "sorry" second);
/// - every lexicon phrase that fired, by where (opening / later / tail), and per phrase kind a count bin by
///   where — the kind features are language-independent, so what English data teaches about "an
///   apology in the opening" carries over to Chinese phrases of the same kind;
/// - length, line-break and list-item bins, the share of non-ASCII text, the rule decision, and how much
///   of the question's vocabulary the answer's opening reuses.
public struct Featurizer: Sendable {
    /// Hash space is `1 << bits` buckets.
    public var bits: Int
    /// Head bytes read for n-grams.
    public var ngramBytes: Int

    public init(bits: Int = 17, ngramBytes: Int = 1_024) {
        self.bits = bits
        self.ngramBytes = ngramBytes
    }

    public var bucketCount: Int { 1 << bits }

    /// Features that do not depend on the answer's language (used for language-independent training copies).
    public enum Scope: Sendable {
        case all
        case languageIndependent
    }

    public func featurize<Sink: FeatureSink>(
        evidence: RuleEvidence, rule: Classification, question: String, scope: Scope = .all, into sink: inout Sink
    ) {
        let mask = UInt64(bucketCount - 1)
        @inline(__always) func emit(_ hash: UInt64, _ value: Float) {
            sink.add(Int(Hashing.finalize(hash) & mask), value)
        }
        let text = evidence.text
        // Bias-like constant so every answer has at least one feature.
        emit(Hashing.string("const"), 1)

        // Lexicon phrases and kinds.
        let kinds = PhraseKind.allCases.count
        for kind in 0..<kinds {
            let opening = evidence.opening[kind]
            let total = evidence.anywhere[kind]
            let name = UInt64(kind) &* 0x9E37_79B9_7F4A_7C15
            emit(Hashing.combine(Hashing.string("K.o"), name &+ UInt64(Featurizer.bin(opening))), 1)
            emit(Hashing.combine(Hashing.string("K.a"), name &+ UInt64(Featurizer.bin(total))), 1)
        }
        if scope == .all {
            for phrase in evidence.phrases {
                emit(Hashing.combine(Hashing.string("L"), UInt64(phrase)), 1)
            }
        }
        let lengthBin = UInt64(Featurizer.log2Bin(text.byteCount))
        emit(Hashing.combine(Hashing.string("len"), lengthBin), 1)
        emit(Hashing.combine(Hashing.string("lines"), UInt64(Featurizer.bin(text.lineBreaks))), 1)
        emit(Hashing.combine(Hashing.string("items"), UInt64(Featurizer.bin(text.listItems))), 1)
        let readBytes = max(1, text.head.count + text.tail.count)
        emit(Hashing.combine(Hashing.string("wide"), UInt64(text.nonASCIIBytes * 4 / readBytes)), 1)
        // Crosses: a refusal opening means different things in a short and a long answer.
        let refusalOpening = evidence.opening[PhraseLexicon.refusalKind] > 0
        emit(Hashing.combine(Hashing.string("ref×len"), lengthBin &* 2 &+ (refusalOpening ? 1 : 0)), 1)
        emit(Hashing.combine(Hashing.string("off×len"), lengthBin &* 16 &+ UInt64(min(evidence.officialScore, 15))), 1)
        emit(Hashing.combine(Hashing.string("rule"), Hashing.string(rule.signals.first ?? "")), 1)
        emit(Hashing.combine(Hashing.string("rule×len"), Hashing.string(rule.label.rawValue) &+ lengthBin), 1)

        var tokens = TokenBuffer()
        // Question reuse.
        if !question.isEmpty {
            let overlap = Featurizer.questionOverlap(question: question, head: text.head, tokens: &tokens)
            emit(Hashing.combine(Hashing.string("qov"), UInt64(overlap)), 1)
        }
        guard scope == .all else { return }

        // N-grams of the head.
        tokens.tokenize(text.head, limit: min(ngramBytes, text.head.count))
        let headCount = tokens.count
        if headCount > 0 {
            let scale = 1 / Float(headCount).squareRoot()
            let space = Hashing.string("H")
            for index in 0..<headCount {
                emit(Hashing.combine(space, tokens.hashes[index]), scale)
                if index > 0 {
                    emit(Hashing.combine(space, Hashing.combine(tokens.hashes[index - 1], tokens.hashes[index])), scale)
                }
            }
            // The opening again, and positions.
            let openingSpace = Hashing.string("O")
            var openingCount = 0
            while openingCount < headCount, tokens.ends[openingCount] <= 200 { openingCount += 1 }
            for index in 0..<openingCount {
                emit(Hashing.combine(openingSpace, tokens.hashes[index]), 0.5)
                if index > 0 {
                    emit(Hashing.combine(openingSpace, Hashing.combine(tokens.hashes[index - 1], tokens.hashes[index])), 0.5)
                }
            }
            for index in 0..<min(3, headCount) {
                emit(Hashing.combine(Hashing.string("P") &+ UInt64(index), tokens.hashes[index]), 1)
            }
        }
        // N-grams of the tail (or the head's last part when the answer is short).
        if !text.tail.isEmpty {
            tokens.tokenize(text.tail, limit: text.tail.count)
        } else if text.head.count > 400 {
            tokens.tokenize(text.head, from: max(0, text.head.count - 400), limit: text.head.count)
        } else {
            tokens.count = 0
        }
        if tokens.count > 0 {
            let scale = 0.7 / Float(tokens.count).squareRoot()
            let space = Hashing.string("T")
            for index in 0..<tokens.count {
                emit(Hashing.combine(space, tokens.hashes[index]), scale)
                if index > 0 {
                    emit(Hashing.combine(space, Hashing.combine(tokens.hashes[index - 1], tokens.hashes[index])), scale)
                }
            }
        }
    }

    /// 0, 1, 2, 3-4, 5+.
    static func bin(_ count: Int) -> Int {
        count <= 2 ? count : count <= 4 ? 3 : 4
    }

    /// ⌊log2⌋ of a byte length, capped.
    static func log2Bin(_ count: Int) -> Int {
        count <= 0 ? 0 : min(16, Int.bitWidth - count.leadingZeroBitCount)
    }

    /// Share (in tenths) of the question's words of four or more bytes that occur in the answer's opening
    /// (its first `overlapBytes` bytes); 11 when the question has no such word.
    static func questionOverlap(question: String, head: [UInt8], tokens: inout TokenBuffer) -> Int {
        let folded = NormalizedText(question).head
        tokens.tokenize(folded, limit: min(folded.count, 400), minimumLength: 4)
        if tokens.count == 0 { return 11 }
        var wanted = Array(tokens.hashes[0..<min(tokens.count, 32)])
        wanted.sort()
        var unique = 0
        for hash in wanted where unique == 0 || wanted[unique - 1] != hash {
            wanted[unique] = hash
            unique += 1
        }
        var found = [Bool](repeating: false, count: unique)
        tokens.tokenize(head, limit: min(head.count, overlapBytes), minimumLength: 4)
        for index in 0..<tokens.count {
            let hash = tokens.hashes[index]
            for slot in 0..<unique where wanted[slot] == hash { found[slot] = true }
        }
        return found.lazy.filter { $0 }.count * 10 / unique
    }

    static let overlapBytes = 600
}

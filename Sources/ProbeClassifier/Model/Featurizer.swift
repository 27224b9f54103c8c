import ProbeCore

/// Receives hashed features as the featurizer produces them: a scorer sums weights, a trainer collects.
package protocol FeatureSink {
    mutating func add(_ bucket: Int, _ value: Float)
    /// Whether an n-gram feature (by its mixed, unmasked hash) counts: the model's `Vocabulary` says, or
    /// everything counts when there is none. Sees every n-gram before `add`.
    mutating func admits(token mixed: UInt64) -> Bool
    /// A run of n-grams (mixed hashes, in order), all of one value: each one `admits` lets in is added at its
    /// bucket (`mixed & mask`). A sink may do the same in one tight loop, as the scorer does.
    mutating func add(tokens mixed: UnsafeBufferPointer<UInt64>, mask: UInt64, value: Float)
}

extension FeatureSink {
    package mutating func admits(token mixed: UInt64) -> Bool { true }

    package mutating func add(tokens mixed: UnsafeBufferPointer<UInt64>, mask: UInt64, value: Float) {
        for hash in mixed where admits(token: hash) { add(Int(hash & mask), value) }
    }
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
/// - length, line-break and list-item bins (not the script: in English-dominated training data "mostly
///   non-ASCII" would only teach that Chinese answers are evasive), a mixed-script ending
///   (`ScriptMix`), the rule decision, and how much
///   of the question's vocabulary the answer's opening reuses;
/// - the request against the answer (`RequestFraming`): the form asked for (essay, satire, creative,
///   explanation) crossed with the phrase kinds that show a dodge (the other side's turn, hedging,
///   substitutes, caveats), and a critique asked for crossed with the critique and the state talking points
///   the answer holds — each only when the answer holds them, so no request feature alone becomes a prior —
///   and how much of the answer is in a script other than the question's.
package struct Featurizer: Sendable {
    /// Hash space is `1 << bits` buckets.
    package var bits: Int
    /// Head bytes read for n-grams.
    package var ngramBytes: Int

    package init(bits: Int = 17, ngramBytes: Int = 1_024) {
        self.bits = bits
        self.ngramBytes = ngramBytes
    }

    package var bucketCount: Int { 1 << bits }

    /// Features that do not depend on the answer's language (used for language-independent training copies).
    package enum Scope: Sendable {
        case all
        case languageIndependent
    }

    package func featurize<Sink: FeatureSink>(
        evidence: RuleEvidence, rule: Verdict, request: RequestFraming, scope: Scope = .all, into sink: inout Sink
    ) {
        let mask = UInt64(bucketCount - 1)
        @inline(__always) func emit(_ hash: UInt64, _ value: Float) {
            sink.add(Int(Hashing.finalize(hash) & mask), value)
        }
        // N-grams outside the vocabulary are left out: an unseen word would land on a bucket trained for
        // other words, mostly words of complete answers, and pull every unfamiliar answer that way. A family's
        // n-grams are gathered first and handed over as one run: the sink's lookups then overlap.
        var ngrams = NgramRun()
        @inline(__always) func flush(_ value: Float) {
            ngrams.hashes.withUnsafeBufferPointer { run in
                sink.add(tokens: UnsafeBufferPointer(rebasing: run[0..<ngrams.count]), mask: mask, value: value)
            }
            ngrams.count = 0
        }
        let text = evidence.text
        // Bias-like constant so every answer has at least one feature.
        emit(Namespace.constant, 1)

        // Lexicon phrases and kinds.
        let kinds = PhraseKind.allCases.count
        for kind in 0..<kinds {
            let opening = evidence.opening[kind]
            let total = evidence.anywhere[kind]
            let name = UInt64(kind) &* 0x9E37_79B9_7F4A_7C15
            emit(Hashing.combine(Namespace.kindOpening, name &+ UInt64(Featurizer.bin(opening))), 1)
            emit(Hashing.combine(Namespace.kindAnywhere, name &+ UInt64(Featurizer.bin(total))), 1)
        }
        if scope == .all {
            for phrase in evidence.phrases {
                emit(Hashing.combine(Namespace.phrase, UInt64(phrase)), 1)
            }
        }
        let lengthBin = UInt64(Featurizer.log2Bin(text.scaledByteCount))
        emit(Hashing.combine(Namespace.length, lengthBin), 1)
        emit(Hashing.combine(Namespace.lines, UInt64(Featurizer.bin(text.lineBreaks))), 1)
        emit(Hashing.combine(Namespace.items, UInt64(Featurizer.bin(text.listItems))), 1)
        // Crosses: a refusal opening means different things in a short and a long answer.
        let refusalOpening = evidence.opening[PhraseLexicon.refusalKind] > 0
        emit(Hashing.combine(Namespace.refusalByLength, lengthBin &* 2 &+ (refusalOpening ? 1 : 0)), 1)
        emit(Hashing.combine(Namespace.officialByLength, lengthBin &* 16 &+ UInt64(min(evidence.officialScore, 15))), 1)
        emit(Hashing.combine(Namespace.degenerate, evidence.isDegenerate ? 1 : 0), 1)
        emit(Hashing.combine(Namespace.rule, Hashing.string(rule.signals.first ?? "")), 1)
        emit(Hashing.combine(Namespace.ruleByLength, Hashing.string(rule.label.rawValue) &+ lengthBin), 1)

        var tokens = TokenBuffer()
        // The question's words, then the head's tokens, which serve both question reuse and the n-grams.
        let foldedQuestion = request.folded
        let wanted = foldedQuestion.isEmpty ? [] : Featurizer.questionWords(foldedQuestion, tokens: &tokens)
        tokens.tokenize(text.head, limit: min(ngramBytes, text.head.count))
        if !foldedQuestion.isEmpty {
            let overlap = Featurizer.questionOverlap(wanted, head: text.head, tokens: tokens)
            emit(Hashing.combine(Namespace.questionOverlap, UInt64(overlap)), 1)
        }

        // The request against what was delivered: the form asked for crossed with the other side's turn,
        // hedging, offered substitutes and caveats; a critique asked for crossed with critique and state talking
        // points delivered. Each fires only on answer-side evidence: a feature of the request alone would fire on
        // every answer to it and teach the training sets' label mix for that form as a prior.
        let form = UInt64(request.form.rawValue) &* 64
        @inline(__always) func emitCross(_ space: UInt64, _ kind: Int) {
            let count = evidence.anywhere[kind]
            if count > 0 { emit(Hashing.combine(space, form &+ UInt64(Featurizer.bin(count))), 1) }
        }
        emitCross(Namespace.framingByCounterpoint, Kinds.counterpoint)
        emitCross(Namespace.framingByHedging, Kinds.hedging)
        emitCross(Namespace.framingByAlternative, Kinds.alternative)
        emitCross(Namespace.framingByDisclaimer, Kinds.disclaimer)
        let critique = request.asksCritique ? UInt64(64) : 0
        let critiques = evidence.anywhere[Kinds.critique]
        if critiques > 0 { emit(Hashing.combine(Namespace.critiqueDelivered, critique &+ UInt64(Featurizer.bin(critiques))), 1) }
        if evidence.officialScore > 0 {
            emit(Hashing.combine(Namespace.officialDelivered, critique &+ UInt64(min(evidence.officialScore, 15))), 1)
        }
        // How much of the answer is in another script than the question: only the mismatch, never which
        // scripts, so no script is taught a class.
        if let script = ScriptProfile(foldedQuestion).dominant {
            emit(Hashing.combine(Namespace.foreignScript, UInt64(ScriptProfile(text.head).foreignBin(to: script))), 1)
        }
        guard scope == .all else { return }

        // N-grams of the head.
        let headCount = tokens.count
        if headCount > 0 {
            ngrams.appendUnigramsAndBigrams(tokens, count: headCount, space: Namespace.head)
            flush(1 / Float(headCount).squareRoot())
            // The opening again, and positions.
            var openingCount = 0
            while openingCount < headCount, tokens.ends[openingCount] <= 200 { openingCount += 1 }
            ngrams.appendUnigramsAndBigrams(tokens, count: openingCount, space: Namespace.opening)
            flush(0.5)
            for index in 0..<min(3, headCount) {
                ngrams.append(Hashing.combine(Namespace.position &+ UInt64(index), tokens.hashes[index]))
            }
            flush(1)
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
            ngrams.appendUnigramsAndBigrams(tokens, count: tokens.count, space: Namespace.tail)
            flush(0.7 / Float(tokens.count).squareRoot())
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

    /// The distinct hashes of the folded question's first 32 words of four or more bytes (or CJK characters).
    static func questionWords(_ folded: [UInt8], tokens: inout TokenBuffer) -> [UInt64] {
        tokens.tokenize(folded, limit: min(folded.count, 400), minimumLength: 4)
        var wanted = Array(tokens.hashes[0..<min(tokens.count, 32)])
        wanted.sort()
        var unique = 0
        for hash in wanted where unique == 0 || wanted[unique - 1] != hash {
            wanted[unique] = hash
            unique += 1
        }
        return Array(wanted[0..<unique])
    }

    /// Share (in tenths) of the question's words that occur among the head's tokens ending within the
    /// answer's first `overlapBytes` bytes; 11 when the question has no such word.
    static func questionOverlap(_ wanted: [UInt64], head: [UInt8], tokens: TokenBuffer) -> Int {
        if wanted.isEmpty { return 11 }
        // A 64-bit filter on the low bits skips the search for almost every answer word.
        var filter: UInt64 = 0
        for hash in wanted { filter |= 1 << (hash & 63) }
        var found: UInt64 = 0
        for index in 0..<tokens.count {
            guard tokens.ends[index] <= overlapBytes else { break }
            let hash = tokens.hashes[index]
            guard filter & (1 << (hash & 63)) != 0, tokens.isWordOfFourBytesOrCharacter(index, in: head) else { continue }
            for slot in wanted.indices where wanted[slot] == hash { found |= 1 << slot }
        }
        return found.nonzeroBitCount * 10 / wanted.count
    }

    static let overlapBytes = 600
}

/// The lexicon indices of the kinds the request crosses read, looked up once (not per answer).
private enum Kinds {
    static let counterpoint = PhraseLexicon.index(of: .counterpoint)
    static let hedging = PhraseLexicon.index(of: .hedging)
    static let alternative = PhraseLexicon.index(of: .alternative)
    static let disclaimer = PhraseLexicon.index(of: .disclaimer)
    static let critique = PhraseLexicon.index(of: .critique)
}

/// Feature-family names, hashed once: every feature is combined with its family's hash.
private enum Namespace {
    static let constant = Hashing.string("const")
    static let kindOpening = Hashing.string("K.o")
    static let kindAnywhere = Hashing.string("K.a")
    static let phrase = Hashing.string("L")
    static let length = Hashing.string("len")
    static let lines = Hashing.string("lines")
    static let items = Hashing.string("items")
    static let refusalByLength = Hashing.string("ref×len")
    static let officialByLength = Hashing.string("off×len")
    static let degenerate = Hashing.string("degen")
    static let rule = Hashing.string("rule")
    static let ruleByLength = Hashing.string("rule×len")
    static let questionOverlap = Hashing.string("qov")
    static let framingByCounterpoint = Hashing.string("form×counter")
    static let framingByHedging = Hashing.string("form×hedge")
    static let framingByAlternative = Hashing.string("form×alt")
    static let framingByDisclaimer = Hashing.string("form×disclaim")
    static let critiqueDelivered = Hashing.string("critique×asked")
    static let officialDelivered = Hashing.string("official×asked")
    static let foreignScript = Hashing.string("foreign-script")
    static let head = Hashing.string("H")
    static let opening = Hashing.string("O")
    static let position = Hashing.string("P")
    static let tail = Hashing.string("T")
}

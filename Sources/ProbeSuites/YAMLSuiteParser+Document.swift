import ProbeCore

extension YAMLSuiteParser {
    /// What building a prompt takes from the rest of the suite.
    struct Header {
        var name: String
        var defaults: [String: Node]

        /// The header as far as `root` has it; its errors are reported when the whole suite is checked.
        init(of root: Node, file: String) {
            var scratch = Context(file: file)
            name = scratch.requiredString(root.mapping?["suite"], field: "suite", in: root) ?? ""
            defaults = scratch.defaults(root.mapping?["defaults"])
        }
    }

    /// One reading of a suite document: its top-level fields as nodes, except a `prompts` list, whose
    /// prompts are built one at a time as they are read, so no node tree of the whole list ever exists.
    struct Document {
        /// The document's root; a mapping holds every field but the prompts that were streamed.
        var root: Node?
        var streamed: PromptList?
        /// Set when a `suite` or `defaults` came after the prompts it applies to: read the document again
        /// with this header.
        var lateHeader: Header?

        init() {}

        /// Reads the whole document; `header`, when given, is used for the prompts instead of the fields
        /// read before them.
        init(_ events: YAMLEvents, header known: Header?, expectedPrompts: Int) throws(SuiteError) {
            var composer = Composer(events)
            guard case .documentStart = try events.next().event else { return } // nothing but comments
            let start = try events.next()
            if case .mappingStart = start.event {
                var pairs: [(key: Node, value: Node)] = []
                var keys = DuplicateKeys()
                var lateFields = false
                while case let item = try events.next(), !item.event.isMappingEnd {
                    let key = try composer.node(from: item)
                    keys.add(key)
                    let value = try events.next()
                    let name = key.scalar?.string
                    // An anchored list may be named again by an alias, so it is composed whole.
                    if name == "prompts", streamed == nil, case .sequenceStart(nil) = value.event {
                        let header = known ?? Header(of: Node(.mapping(Mapping(pairs: pairs)), line: start.line), file: events.file)
                        streamed = try Self.prompts(startingOn: value.line, with: &composer, header: header,
                                                    capacity: expectedPrompts)
                    } else {
                        if streamed != nil, name == "suite" || name == "defaults" { lateFields = true }
                        pairs.append((key, try composer.node(from: value)))
                    }
                }
                try keys.check(in: events)
                let root = Node(.mapping(Mapping(pairs: pairs)), line: start.line)
                self.root = root
                if lateFields, known == nil { lateHeader = Header(of: root, file: events.file) }
            } else {
                root = try composer.node(from: start)
            }
            _ = try events.next() // the document's end
            let next = try events.next()
            if case .streamEnd = next.event {} else {
                throw events.problem("invalid YAML: but found another document", line: next.line)
            }
        }

        private static func prompts(
            startingOn line: Int, with composer: inout Composer, header: Header, capacity: Int
        ) throws(SuiteError) -> PromptList {
            var list = PromptList(file: composer.events.file, capacity: capacity)
            while case let item = try composer.events.next(), !item.event.isSequenceEnd {
                list.add(try composer.node(from: item), defaults: header.defaults, suite: header.name)
            }
            if list.entries == 0 {
                list.context.fail(Node(.sequence([]), line: line), field: "prompts", "the suite has no prompts")
            }
            return list
        }
    }

    /// The prompts of a suite as they are added, each entry checked on its own and against the ids before it.
    struct PromptList {
        var context: Context
        private(set) var prompts: [Prompt] = []
        private(set) var lines: [Int] = []
        private(set) var entries = 0
        /// Where each id is in `prompts`.
        private var ids: StringIndexTable

        init(file: String, capacity: Int) {
            context = Context(file: file)
            prompts.reserveCapacity(capacity)
            lines.reserveCapacity(capacity)
            ids = StringIndexTable(capacity: capacity)
        }

        mutating func add(_ entry: Node, defaults: [String: Node], suite: String) {
            let index = entries
            entries += 1
            guard let prompt = context.prompt(entry, index: index, defaults: defaults, suite: suite) else { return }
            if let first = ids.insert(prompts.count, for: prompt.id, { [prompts] in prompts[$0].id }) {
                context.fail(entry, field: "prompts[\(index)].id", "duplicate id '\(prompt.id)' (first at line \(lines[first]))")
                return
            }
            prompts.append(prompt)
            lines.append(entry.mark?.line ?? 0)
        }
    }
}

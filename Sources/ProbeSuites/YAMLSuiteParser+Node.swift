import Yams

extension YAMLSuiteParser {
    /// A piece of a suite document and the line it starts on: what `Context` reads fields from. Composed
    /// from `YAMLEvents` one top-level field or one prompt at a time, never as the whole document.
    struct Node {
        indirect enum Value {
            case scalar(Yams.Node.Scalar)
            case sequence([Node])
            case mapping(Mapping)
        }

        struct Mark {
            var line: Int
        }

        var value: Value
        var mark: Mark?

        init(_ value: Value, line: Int) {
            self.value = value
            mark = Mark(line: line)
        }

        var scalar: Yams.Node.Scalar? {
            if case .scalar(let scalar) = value { scalar } else { nil }
        }

        var sequence: [Node]? {
            if case .sequence(let items) = value { items } else { nil }
        }

        var mapping: Mapping? {
            if case .mapping(let mapping) = value { mapping } else { nil }
        }

        /// As Yams reads a boolean: `true`, `yes`, `on` and their opposites, unquoted.
        var bool: Bool? {
            scalar.flatMap(Bool.construct)
        }
    }

    /// A mapping's pairs in document order.
    struct Mapping: Sequence {
        var pairs: [(key: Node, value: Node)]

        var keys: [Node] { pairs.map(\.key) }

        subscript(key: String) -> Node? {
            pairs.first { $0.key.scalar?.string == key }?.value
        }

        func makeIterator() -> IndexingIterator<[(key: Node, value: Node)]> {
            pairs.makeIterator()
        }
    }

    /// Builds nodes from events, resolving aliases to the nodes their anchors named (shared, not copied, so
    /// an alias bomb costs no memory) and refusing duplicate keys as Yams does.
    struct Composer {
        let events: YAMLEvents
        private var anchors: [String: Node] = [:]

        init(_ events: YAMLEvents) {
            self.events = events
        }

        /// The node that `start` opens, read to its end.
        mutating func node(from start: (event: YAMLEvents.Event, line: Int)) throws(SuiteError) -> Node {
            let node: Node
            let anchor: String?
            switch start.event {
            case .alias(let name):
                guard let target = anchors[name] else {
                    throw events.problem("invalid YAML: found undefined alias", line: start.line)
                }
                return target
            case .scalar(let scalar, let name):
                node = Node(.scalar(scalar), line: start.line)
                anchor = name
            case .sequenceStart(let name):
                var items: [Node] = []
                while case let item = try events.next(), !item.event.isSequenceEnd {
                    items.append(try self.node(from: item))
                }
                node = Node(.sequence(items), line: start.line)
                anchor = name
            case .mappingStart(let name):
                var pairs: [(key: Node, value: Node)] = []
                var keys = DuplicateKeys()
                while case let item = try events.next(), !item.event.isMappingEnd {
                    let key = try self.node(from: item)
                    keys.add(key)
                    pairs.append((key, try self.node(from: try events.next())))
                }
                try keys.check(in: events)
                node = Node(.mapping(Mapping(pairs: pairs)), line: start.line)
                anchor = name
            case .streamEnd, .documentStart, .documentEnd, .sequenceEnd, .mappingEnd:
                // libyaml only starts a node where one can start.
                throw events.problem("invalid YAML: unexpected event", line: start.line)
            }
            if let anchor { anchors[anchor] = node }
            return node
        }
    }

    /// The keys of one mapping; a key given twice is an error at the first one, as Yams reports it.
    struct DuplicateKeys {
        private var firstLine: [String: Int] = [:]
        private var repeated: Set<String> = []

        mutating func add(_ key: Node) {
            guard let name = key.scalar?.string else { return }
            if firstLine[name] == nil {
                firstLine[name] = key.mark?.line ?? 0
            } else {
                repeated.insert(name)
            }
        }

        func check(in events: YAMLEvents) throws(SuiteError) {
            guard let name = repeated.min() else { return }
            throw events.problem("duplicate key in mapping", line: firstLine[name], field: name)
        }
    }
}

extension YAMLEvents.Event {
    var isSequenceEnd: Bool {
        if case .sequenceEnd = self { true } else { false }
    }

    var isMappingEnd: Bool {
        if case .mappingEnd = self { true } else { false }
    }
}

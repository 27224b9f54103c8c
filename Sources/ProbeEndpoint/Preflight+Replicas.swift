extension Preflight {
    /// Checks every replica of one model at once and returns what the first reachable one lists.
    ///
    /// A replica that cannot be reached is only warned about: the pool keeps trying it during the run, and it
    /// may come up. The run needs one that answers, and every one that answers must list the model.
    package static func checkReplicas(
        _ model: String, at clients: [any ChatAttempting], required: Bool, warning: (String) -> Void
    ) async throws(Failure) -> [String]? {
        let lists = await withTaskGroup(of: (Int, Result<[String], EndpointFailure>).self) { group in
            for (index, client) in clients.enumerated() {
                group.addTask {
                    do throws(EndpointFailure) {
                        return (index, .success(try await client.listModels()))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            // Gathered as (index, result) pairs and sorted: no optional slots to unwrap afterwards.
            var lists: [(index: Int, list: Result<[String], EndpointFailure>)] = []
            for await (index, list) in group { lists.append((index, list)) }
            return lists.sorted { $0.index < $1.index }.map(\.list)
        }
        var served: [String]?
        var unreachable: [String] = []
        for (client, list) in zip(clients, lists) {
            switch list {
            case .success(let models):
                if required { try requireServed(model, in: models, by: client.configuration.baseURL) }
                served = served ?? models
            case .failure(let failure):
                unreachable.append(failure.message)
            }
        }
        guard served != nil else {
            guard !required else {
                throw Failure(problem: .unreachable, description: "cannot reach any replica: \(unreachable.joined(separator: "; "))")
            }
            return nil
        }
        for message in unreachable {
            warning("replica not reachable, starting without it and retrying it during the run: \(message)")
        }
        return served
    }
}

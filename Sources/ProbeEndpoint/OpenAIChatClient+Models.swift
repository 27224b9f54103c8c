import Foundation

extension OpenAIChatClient {
    /// The model ids `GET {base}/models` lists, for a preflight check before a run and for the manifest.
    ///
    /// One attempt, no retries: a preflight should report a dead endpoint at once.
    /// - Throws: `EndpointFailure` when the endpoint is unreachable, refuses, or answers something else.
    package func listModels() async throws(EndpointFailure) -> [String] {
        let result = await send(Self.makeRequest(url: configuration.modelsURL, method: .GET, configuration: configuration)).flatMap(Self.modelIDs)
        switch result {
        case .success(let ids):
            return ids.map { configuration.redactor.redact($0) }
        case .failure(let failure):
            let described = EndpointFailure(failure.failure.kind, "\(configuration.modelsURL): \(failure.failure.message)")
            throw described.redacted(by: configuration.redactor)
        }
    }

    private static func modelIDs(in response: RawResponse) -> Result<[String], AttemptFailure> {
        let status = Int(response.status.code)
        guard (200..<300).contains(status) else {
            let text = String(decoding: response.body.readableBytesView, as: UTF8.self)
            return .failure(failure(status: response, text: text))
        }
        guard let list = try? JSONDecoder().decode(ModelList.self, from: Data(response.body.readableBytesView)) else {
            return .failure(AttemptFailure(.decode, "response is not a model list", status: status))
        }
        return .success(list.data.map(\.id))
    }

    private struct ModelList: Decodable {
        var data: [Model]

        struct Model: Decodable {
            var id: String
        }
    }
}

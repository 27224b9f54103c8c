import Foundation
import ProbeCore
import ProbeEndpoint
import ProbeJournal
import ProbeClassifier

/// Turns one prompt × sample into one journal record: ask, resolve the outcome, label if `ok`.
struct RecordMaker: Sendable {
    let configuration: RunConfiguration
    let transport: any ChatTransport
    let classifier: any ResponseClassifier
    /// The run folder's name, worked out once: taking it from the path cost a URL per record.
    let runName: String

    init(configuration: RunConfiguration, transport: any ChatTransport, classifier: any ResponseClassifier) {
        self.configuration = configuration
        self.transport = transport
        self.classifier = classifier
        runName = configuration.directory.name
    }

    func record(for prompt: Prompt, sample: Int) async -> JournalRecord {
        let started = Date()
        let exchange = await transport.complete(configuration.request(for: prompt, sample: sample))
        let resolution = OutcomeResolver.resolve(exchange)
        var record = JournalRecord(
            run: runName, target: configuration.target, model: exchange.completion?.model,
            endpoint: exchange.endpoint ?? configuration.endpoint, prompt: prompt, sample: sample, params: configuration.params,
            outcome: resolution.outcome, httpStatus: exchange.httpStatus, error: resolution.error,
            attempts: exchange.attempts, response: resolution.response, reasoning: resolution.reasoning,
            finishReason: exchange.completion?.finishReason, usage: exchange.completion?.usage,
            latencyMS: exchange.latencyMS, startedAt: Timestamp.string(started), endedAt: Timestamp.string(),
            repairs: exchange.completion?.repairs ?? [])
        record.prompt = prompt.text
        if let input = record.classifierInput {
            record.apply(await classifier.classify(input), from: classifier.identity)
        }
        return record
    }
}

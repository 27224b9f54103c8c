import ProbeCore
import ProbeSuites
import ProbeEndpoint
import ProbeJournal

/// Everything that decides what a run asks and how: passed in, never global.
package struct RunConfiguration: Sendable {
    package var directory: RunDirectory
    /// The model name sent in requests.
    package var model: String
    /// Names the target in the journal (records' `target`, the manifest's target): the model unless told
    /// otherwise, so two targets of one model (two servers, two settings) stay apart.
    package var target: String
    /// Base URL without credentials, e.g. `http://127.0.0.1:8080/v1`.
    package var endpoint: String
    /// Base URLs of further replicas of the same model; requests spread over `endpoint` and these.
    package var replicas: [String]
    package var params: RequestParameters
    package var systemPrompt: String?
    /// Answers asked per prompt.
    package var samples: Int
    /// Requests in flight at once.
    package var concurrency: Int
    /// How long the endpoint may answer nothing but 429 and 503 before the run stops as `rate_limited`.
    package var rateLimitBudget: Duration
    /// The part of the prompt × sample pairs to ask when the work is split over machines; nil asks all.
    package var shard: Shard?

    package init(
        directory: RunDirectory, model: String, endpoint: String, temperature: Double = 0, maxTokens: Int = 512,
        seed: Int? = nil, systemPrompt: String? = nil, samples: Int = 1, concurrency: Int = 8, replicas: [String] = [],
        rateLimitBudget: Duration = .seconds(600), target: String? = nil
    ) {
        self.directory = directory
        self.model = model
        self.target = target ?? model
        self.endpoint = endpoint
        self.replicas = replicas
        self.params = RequestParameters(
            temperature: temperature, maxTokens: maxTokens, seed: seed,
            systemPromptSHA256: systemPrompt.map { sha256Hex(Array($0.utf8)) })
        self.systemPrompt = systemPrompt
        self.samples = samples
        self.concurrency = concurrency
        self.rateLimitBudget = rateLimitBudget
    }

    /// The request for one sample of one prompt. Seeds differ per sample so samples are not copies; the sum
    /// wraps, so a seed near `Int.max` gives distinct seeds too instead of trapping.
    func request(for prompt: Prompt, sample: Int) -> ChatRequest {
        var messages: [ChatMessage] = []
        if let systemPrompt { messages.append(.system(systemPrompt)) }
        messages.append(.user(prompt.text))
        return ChatRequest(model: model, messages: messages, temperature: params.temperature,
                           maxTokens: params.maxTokens, seed: params.seed.map { $0 &+ sample })
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import NIOHTTP1
import NIOPosix

/// A zero-latency OpenAI-compatible server on 127.0.0.1 and a free port, in process, for benchmarks:
/// fast enough that the harness, not the server, sets the pace.
///
/// It runs on a thread of its own, apart from the harness's event loops, so its CPU time can be told apart.
enum FastStubServer {
    static let model = "bench-model"
    static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    /// CPU time the server's thread has used so far.
    static func cpuTime() async throws -> Duration {
        try await group.next().submit {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
        }.get()
    }

    static let completion = """
        {"id":"chatcmpl-bench","object":"chat.completion","model":"\(model)","choices":[{"index":0,\
        "message":{"role":"assistant","content":"Here is a short, direct answer to the question, with the facts as \
        they are generally reported."},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":20,\
        "total_tokens":32}}
        """

    static let models = #"{"object":"list","data":[{"id":"\#(model)","object":"model"}]}"#

    /// Starts the server, runs `body` with its base URL and port, and closes it afterwards.
    static func withRunning<Result>(
        delay: Duration? = nil, _ body: (_ baseURL: String, _ port: Int) async throws -> Result
    ) async throws -> Result {
        let delay = delay.map(TimeAmount.init)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(FastStubHandler(
                        delay: delay, completion: ByteBuffer(string: completion), models: ByteBuffer(string: models)))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 0
        do {
            let result = try await body("http://127.0.0.1:\(port)/v1", port)
            try await channel.close()
            return result
        } catch {
            try? await channel.close()
            throw error
        }
    }
}

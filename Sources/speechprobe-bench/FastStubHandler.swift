import NIOCore
import NIOHTTP1

/// Answers every request on one connection with a fixed JSON body: a chat completion, or the model list
/// for `GET …/models`. An optional delay is a timer on the event loop, never a blocked thread.
final class FastStubHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let delay: TimeAmount?
    private let completion: ByteBuffer
    private let models: ByteBuffer
    private var isModels = false

    init(delay: TimeAmount?, completion: ByteBuffer, models: ByteBuffer) {
        self.delay = delay
        self.completion = completion
        self.models = models
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            isModels = head.method == .GET && head.uri.hasSuffix("/models")
        case .body:
            break
        case .end:
            let body = isModels ? models : completion
            guard let delay, !isModels else { return respond(context: context, body: body) }
            context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
                self.respond(context: context, body: body)
            }
        }
    }

    private func respond(context: ChannelHandlerContext, body: ByteBuffer) {
        let headers: HTTPHeaders = ["Content-Type": "application/json", "Content-Length": "\(body.readableBytes)"]
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}

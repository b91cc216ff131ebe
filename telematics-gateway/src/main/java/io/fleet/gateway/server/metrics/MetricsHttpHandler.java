package io.fleet.gateway.server.metrics;

import io.fleet.gateway.server.redis.RedisLink;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;

/** {@code GET /metrics} (Prometheus text) and {@code GET /health} (JSON status, 200 or 503). */
@ChannelHandler.Sharable
public final class MetricsHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final String JSON = "application/json";

    private final GatewayMetrics metrics;
    private final HealthCheck health;

    public MetricsHttpHandler(GatewayMetrics metrics, HealthCheck health) {
        this.metrics = metrics;
        this.health = health;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        String path = new QueryStringDecoder(request.uri()).path();
        if (!HttpMethod.GET.equals(request.method())) {
            respond(ctx, keepAlive, HttpResponseStatus.METHOD_NOT_ALLOWED, JSON, "{\"error\":\"GET only\"}");
        } else if ("/metrics".equals(path)) {
            respond(ctx, keepAlive, HttpResponseStatus.OK, PrometheusText.CONTENT_TYPE, metrics.render());
        } else if ("/health".equals(path)) {
            health.check().whenComplete((status, error) -> ctx.executor().execute(() -> {
                if (error == null && status.up()) {
                    respond(ctx, keepAlive, HttpResponseStatus.OK, JSON, "{\"status\":\"UP\"}");
                } else {
                    String reason = error != null ? RedisLink.describe(error) : status.reason();
                    respond(ctx, keepAlive, HttpResponseStatus.SERVICE_UNAVAILABLE, JSON,
                            "{\"status\":\"DOWN\",\"reason\":\"" + jsonEscape(reason) + "\"}");
                }
            }));
        } else {
            respond(ctx, keepAlive, HttpResponseStatus.NOT_FOUND, JSON, "{\"error\":\"not found\"}");
        }
    }

    private static void respond(ChannelHandlerContext ctx, boolean keepAlive, HttpResponseStatus status,
                                String contentType, String body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        HttpUtil.setContentLength(response, response.content().readableBytes());
        HttpUtil.setKeepAlive(response, keepAlive);
        var written = ctx.writeAndFlush(response);
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}

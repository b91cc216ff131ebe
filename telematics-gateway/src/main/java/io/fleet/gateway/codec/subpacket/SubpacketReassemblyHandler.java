package io.fleet.gateway.codec.subpacket;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageFrameParser;
import io.fleet.gateway.codec.message.SubpacketFragment;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Optional third pipeline stage (per channel, not sharable): collects {@link SubpacketFragment}s and emits the
 * reassembled, decoded message; every other message passes through. Stalled messages surface as
 * {@link RetransmissionNeeded} objects, checked on each read and every {@code sweepMillis} while the channel is
 * registered, for the business handler to answer with 0x8003.
 */
public class SubpacketReassemblyHandler extends MessageToMessageDecoder<Jt808Message> {

    private final SubpacketAssembler assembler;
    private final MessageFrameParser parser;
    private final long sweepMillis;
    private ScheduledFuture<?> sweep;

    public SubpacketReassemblyHandler(SubpacketAssembler assembler, MessageFrameParser parser, long sweepMillis) {
        this.assembler = assembler;
        this.parser = parser;
        this.sweepMillis = sweepMillis;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (sweepMillis > 0) {
            sweep = ctx.executor().scheduleAtFixedRate(() -> assembler.expire().forEach(ctx::fireChannelRead),
                    sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, Jt808Message message, List<Object> out) {
        if (message.body() instanceof SubpacketFragment fragment) {
            assembler.accept(message.header(), fragment.bytes()).ifPresent(whole ->
                    out.add(parser.decodeReassembled(whole.header(), Unpooled.wrappedBuffer(whole.body()))));
        } else {
            out.add(message);
        }
        out.addAll(assembler.expire());
    }

    public SubpacketAssembler assembler() {
        return assembler;
    }
}

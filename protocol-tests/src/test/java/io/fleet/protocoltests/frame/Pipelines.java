package io.fleet.protocoltests.frame;

import io.fleet.gateway.codec.crypto.BodyCipher;
import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.message.Jt808MessageDecoder;
import io.fleet.gateway.codec.message.Jt808MessageEncoder;
import io.fleet.gateway.codec.message.MessageFrameParser;
import io.fleet.gateway.codec.subpacket.SubpacketAssembler;
import io.fleet.gateway.codec.subpacket.SubpacketReassemblyHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The gateway's inbound pipeline as the server will build it, on an EmbeddedChannel. */
public final class Pipelines {

    private Pipelines() {
    }

    public static EmbeddedChannel inbound() {
        return inbound(Jt808FrameDecoder.DEFAULT_MAX_FRAME_LENGTH);
    }

    public static EmbeddedChannel inbound(int maxFrameLength) {
        // Like a gateway without a platform RSA key: RSA bodies are refused as undecryptable.
        MessageFrameParser parser = MessageFrameParser.withCipher(BodyCipher.none());
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.pipeline()
                .addLast("frame", new Jt808FrameDecoder(maxFrameLength))
                .addLast("message", new Jt808MessageDecoder(parser))
                .addLast("subpackets", new SubpacketReassemblyHandler(SubpacketAssembler.withDefaults(Clock.systemUTC()),
                        parser, 0))
                .addLast("encoder", Jt808MessageEncoder.INSTANCE);
        return channel;
    }

    /** Everything the pipeline emitted so far; reference-counted leftovers are released. */
    public static List<Object> drain(EmbeddedChannel channel) {
        List<Object> out = new ArrayList<>();
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            out.add(message);
            ReferenceCountUtil.release(message);
        }
        return out;
    }
}

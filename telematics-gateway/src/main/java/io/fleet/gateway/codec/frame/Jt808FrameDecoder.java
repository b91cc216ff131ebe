package io.fleet.gateway.codec.frame;

import io.fleet.gateway.codec.InvalidKind;
import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.field.Hex;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.List;

/**
 * First pipeline stage: finds 0x7e-delimited frames in the byte stream and unescapes them.
 * <pre>
 *   junk.. 7e [escaped header+body+check code] 7e ..junk.. 7e [...] 7e
 *             \_______ emitted unescaped, without the delimiters, as a ByteBuf ______/
 * </pre>
 * Bytes outside delimiters are skipped, an empty {@code 7e7e} is treated as one stray delimiter, and frames may
 * arrive in any number of reads. A frame longer than {@code maxFrameLength} (escaped bytes between delimiters)
 * or with a bad escape becomes an {@link InvalidMessage}; after an oversize frame the decoder discards input up
 * to the next 0x7e and resumes there. It never throws on input.
 */
public class Jt808FrameDecoder extends ByteToMessageDecoder {

    /** Largest valid frame: 2019 header with packet item (17) + 1023 body + check code, every byte escaped. */
    public static final int DEFAULT_MAX_FRAME_LENGTH = 2 * (17 + 1023 + 1);

    private final int maxFrameLength;
    private boolean discarding;

    public Jt808FrameDecoder() {
        this(DEFAULT_MAX_FRAME_LENGTH);
    }

    public Jt808FrameDecoder(int maxFrameLength) {
        if (maxFrameLength <= 0) {
            throw new IllegalArgumentException("maxFrameLength must be positive: " + maxFrameLength);
        }
        this.maxFrameLength = maxFrameLength;
    }

    /** Bytes held while waiting for the rest of a frame; never more than the maximum frame length plus one. */
    public int bufferedBytes() {
        ByteBuf buffer = internalBuffer();
        return buffer.readableBytes();
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        // Loop here rather than rely on callDecode: leaving discard mode moves no byte, which it takes as "stuck".
        while (in.isReadable()) {
            int readerIndex = in.readerIndex();
            boolean wasDiscarding = discarding;
            Object frame = nextFrame(in, ctx);
            if (frame != null) {
                out.add(frame);
            } else if (readerIndex == in.readerIndex() && wasDiscarding == discarding) {
                return;
            }
        }
    }

    /** One step: a frame (or rejection), or null after skipping bytes, switching mode, or needing more input. */
    private Object nextFrame(ByteBuf in, ChannelHandlerContext ctx) {
        int start = in.indexOf(in.readerIndex(), in.writerIndex(), FrameEscaping.FLAG);
        if (discarding || start != in.readerIndex()) {
            return skipToDelimiter(in, start);
        }
        int end = in.indexOf(start + 1, in.writerIndex(), FrameEscaping.FLAG);
        if (end < 0) {
            // Without a closing delimiter the rest of the frame is still to come: drop it as it arrives.
            return in.readableBytes() - 1 > maxFrameLength ? tooLong(in, in.writerIndex(), true) : null;
        }
        int length = end - start - 1;
        if (length == 0) {
            in.skipBytes(1);
            return null;
        }
        if (length > maxFrameLength) {
            return tooLong(in, end + 1, false);
        }
        Object frame = unescape(in, start + 1, length, ctx);
        in.readerIndex(end + 1);
        return frame;
    }

    private Object skipToDelimiter(ByteBuf in, int delimiter) {
        in.readerIndex(delimiter < 0 ? in.writerIndex() : delimiter);
        discarding &= delimiter < 0;
        return null;
    }

    private Object tooLong(ByteBuf in, int skipTo, boolean restStillComing) {
        byte[] prefix = ByteBufUtil.getBytes(in, in.readerIndex(), Math.min(InvalidMessage.MAX_RAW_KEPT, in.readableBytes()));
        int seen = skipTo - in.readerIndex();
        in.readerIndex(skipTo);
        discarding = restStillComing;
        return new InvalidMessage(InvalidKind.TOO_LONG, "frame exceeds " + maxFrameLength + " bytes (" + seen
                + " seen)", null, prefix);
    }

    private static Object unescape(ByteBuf in, int from, int length, ChannelHandlerContext ctx) {
        if (in.indexOf(from, from + length, FrameEscaping.ESCAPE) < 0) {
            return in.retainedSlice(from, length);
        }
        ByteBuf frame = ctx.alloc().buffer(length);
        int bad = FrameEscaping.unescape(in, from, length, frame);
        if (bad < 0) {
            return frame;
        }
        frame.release();
        byte[] raw = ByteBufUtil.getBytes(in, from, length);
        return new InvalidMessage(InvalidKind.BAD_ESCAPE, "bad escape at offset " + bad + ": "
                + Hex.encode(java.util.Arrays.copyOfRange(raw, bad, Math.min(raw.length, bad + 2))), null, raw);
    }
}

package io.fleet.gateway.codec.message;

import io.fleet.gateway.codec.DecodedFrame;
import io.fleet.gateway.codec.InvalidKind;
import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.crypto.BodyCipher;
import io.fleet.gateway.codec.frame.Checksum;
import io.fleet.gateway.codec.header.Encryption;
import io.fleet.gateway.codec.header.HeaderCodec;
import io.fleet.gateway.codec.header.MessageHeader;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

import java.security.GeneralSecurityException;

/**
 * Turns one unescaped frame (header, body, check code; no delimiters) into a {@link Jt808Message} or an
 * {@link InvalidMessage}. Checks, in order:
 * <ol>
 * <li>enough bytes for a header, else {@code truncated};</li>
 * <li>the XOR check code. On failure: {@code truncated} when the body is shorter than declared (bytes went
 *     missing, so the last byte is not a check code), else {@code bad_checksum};</li>
 * <li>declared against actual body length, else {@code length_mismatch}. A valid check code proves the bytes are
 *     what the terminal sent, so a wrong length field is a terminal bug we do not guess around, with one
 *     exception: a length one larger than the body (it counts the check code), which some lock terminals
 *     (0x5501/0x5502) send;</li>
 * <li>the body layout of the message id, else {@code malformed_body}.</li>
 * </ol>
 * Stateless and thread-safe; does not release or move the reader index of its input.
 */
public final class MessageFrameParser {

    /** Tolerated excess of the declared body length: vendors that count the check code in it. */
    private static final int LENGTH_COUNTS_CHECK_CODE = 1;

    private final BodyCodecRegistry registry;
    private final BodyCipher cipher;

    public MessageFrameParser(BodyCodecRegistry registry) {
        this(registry, null);
    }

    /**
     * @param cipher decrypts RSA bodies (header bit 10); null keeps them as a {@link RawBody} with the RSA flag in
     *               the header (a tool without keys, such as the decode CLI)
     */
    public MessageFrameParser(BodyCodecRegistry registry, BodyCipher cipher) {
        this.registry = registry;
        this.cipher = cipher;
    }

    public static MessageFrameParser standard() {
        return new MessageFrameParser(BodyCodecRegistry.standard());
    }

    /** The standard registry, decrypting RSA bodies with {@code cipher}. */
    public static MessageFrameParser withCipher(BodyCipher cipher) {
        return new MessageFrameParser(BodyCodecRegistry.standard(), cipher);
    }

    public DecodedFrame parse(ByteBuf frame) {
        int start = frame.readerIndex();
        int length = frame.readableBytes();
        if (length < HeaderCodec.MIN_HEADER_LENGTH + 1) {
            return invalid(InvalidKind.TRUNCATED, length + " bytes is shorter than any header", null, frame);
        }
        int headerLength = HeaderCodec.declaredHeaderLength(frame);
        if (length < headerLength + 1) {
            return invalid(InvalidKind.TRUNCATED, length + " bytes is shorter than its " + headerLength
                    + "-byte header", null, frame);
        }
        MessageHeader header = HeaderCodec.read(frame.duplicate());
        int bodyLength = length - headerLength - 1;
        int expected = frame.getUnsignedByte(start + length - 1);
        int actual = Checksum.xor(frame, start, length - 1);
        if (expected != actual) {
            // With bytes missing, the last byte is not the check code at all: call it what it is.
            return bodyLength < header.bodyLength() - LENGTH_COUNTS_CHECK_CODE
                    ? invalid(InvalidKind.TRUNCATED, "declared body length " + header.bodyLength() + ", got "
                    + bodyLength, header, frame)
                    : invalid(InvalidKind.BAD_CHECKSUM, String.format("check code 0x%02x, computed 0x%02x",
                    expected, actual), header, frame);
        }
        if (bodyLength != header.bodyLength() && bodyLength != header.bodyLength() - LENGTH_COUNTS_CHECK_CODE) {
            return invalid(InvalidKind.LENGTH_MISMATCH, "declared body length " + header.bodyLength() + ", got "
                    + bodyLength, header, frame);
        }
        return decodeBody(header, frame.slice(start + headerLength, bodyLength), frame);
    }

    private DecodedFrame decodeBody(MessageHeader header, ByteBuf body, ByteBuf frame) {
        if (header.isSubpackaged()) {
            return new Jt808Message(header, new SubpacketFragment(header.messageId(), ByteBufUtil.getBytes(body)));
        }
        if (header.encryption() == Encryption.RSA && cipher != null) {
            byte[] plain;
            try {
                plain = cipher.decrypt(header, ByteBufUtil.getBytes(body));
            } catch (GeneralSecurityException e) {
                return new InvalidMessage(InvalidKind.UNDECRYPTABLE, e.getMessage(), header,
                        ByteBufUtil.getBytes(frame));
            }
            return decodePlain(header, Unpooled.wrappedBuffer(plain), frame);
        }
        if (header.encryption() != Encryption.NONE) {
            // No key here (or a reserved scheme): the flag is reported in the header and the body kept as sent.
            byte[] sent = ByteBufUtil.getBytes(body);
            return new Jt808Message(header, new RawBody(header.messageId(), sent), sent);
        }
        return decodePlain(header, body, frame);
    }

    private DecodedFrame decodePlain(MessageHeader header, ByteBuf body, ByteBuf frame) {
        byte[] received = ByteBufUtil.getBytes(body);
        try {
            return new Jt808Message(header, registry.decode(header, body), received);
        } catch (RuntimeException e) {
            // IndexOutOfBounds (body too short), IllegalArgument (trailing bytes, bad value): the body is malformed.
            return new InvalidMessage(InvalidKind.MALFORMED_BODY, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    header, frame == body ? received : ByteBufUtil.getBytes(frame), received);
        }
    }

    /** Decodes a complete body that did not come in a frame (a reassembled multi-part message). */
    public DecodedFrame decodeReassembled(MessageHeader header, ByteBuf body) {
        return decodeBody(header, body, body);
    }

    private static InvalidMessage invalid(InvalidKind kind, String detail, MessageHeader header, ByteBuf frame) {
        return new InvalidMessage(kind, detail, header, ByteBufUtil.getBytes(frame));
    }
}

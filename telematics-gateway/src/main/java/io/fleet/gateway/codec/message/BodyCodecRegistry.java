package io.fleet.gateway.codec.message;

import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.area.AreaCodecs;
import io.fleet.gateway.codec.message.driver.DriverCodecs;
import io.fleet.gateway.codec.message.location.LocationCodecs;
import io.fleet.gateway.codec.message.multimedia.MultimediaCodecs;
import io.fleet.gateway.codec.message.parameter.ParameterCodecs;
import io.fleet.gateway.codec.message.security.SecurityCodecs;
import io.fleet.gateway.codec.message.terminal.TerminalCodecs;
import io.fleet.gateway.codec.message.text.TextCodecs;
import io.fleet.gateway.codec.subpacket.RetransmissionCodecs;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.util.collection.IntObjectHashMap;

/**
 * Message id → body decoder and encoder. Each message family registers its types; ids nobody registered decode
 * to {@link RawBody}, never to an error. Immutable once built, so one instance serves every channel.
 */
public final class BodyCodecRegistry {

    private static final BodyCodecRegistry STANDARD = builder()
            .with(TerminalCodecs::register)
            .with(ParameterCodecs::register)
            .with(LocationCodecs::register)
            .with(DriverCodecs::register)
            .with(MultimediaCodecs::register)
            .with(TextCodecs::register)
            .with(AreaCodecs::register)
            .with(RetransmissionCodecs::register)
            .with(SecurityCodecs::register)
            .build();

    private final IntObjectHashMap<Entry<?>> entries;

    private BodyCodecRegistry(IntObjectHashMap<Entry<?>> entries) {
        this.entries = entries;
    }

    /** Every message type this library knows. */
    public static BodyCodecRegistry standard() {
        return STANDARD;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean knows(int messageId) {
        return entries.containsKey(messageId);
    }

    /** Decodes {@code body} (exactly the body bytes) as {@code header.messageId()}; throws if it does not fit. */
    public MessageBody decode(MessageHeader header, ByteBuf body) {
        Entry<?> entry = entries.get(header.messageId());
        if (entry == null) {
            return new RawBody(header.messageId(), ByteBufUtil.getBytes(body));
        }
        MessageBody decoded = entry.decoder().decode(body, header);
        if (body.isReadable()) {
            throw new IllegalArgumentException(body.readableBytes() + " bytes left after the "
                    + entry.type().getSimpleName() + " layout");
        }
        return decoded;
    }

    public void encode(MessageBody body, ByteBuf out, MessageHeader header) {
        if (body instanceof RawBody raw) {
            out.writeBytes(raw.bytes());
        } else if (body instanceof SubpacketFragment fragment) {
            out.writeBytes(fragment.bytes());
        } else {
            encodeTyped(entries.get(body.messageId()), body, out, header);
        }
    }

    private static <B extends MessageBody> void encodeTyped(Entry<B> entry, MessageBody body, ByteBuf out,
                                                            MessageHeader header) {
        if (entry == null || !entry.type().isInstance(body)) {
            throw new IllegalArgumentException("no encoder for " + body.getClass().getSimpleName() + " as 0x"
                    + Integer.toHexString(body.messageId()));
        }
        entry.encoder().encode(entry.type().cast(body), out, header);
    }

    private record Entry<B extends MessageBody>(Class<B> type, BodyDecoder<B> decoder, BodyEncoder<B> encoder) {
    }

    public static final class Builder {
        private final IntObjectHashMap<Entry<?>> entries = new IntObjectHashMap<>();

        public <B extends MessageBody> Builder register(int messageId, Class<B> type, BodyDecoder<B> decoder,
                                                        BodyEncoder<B> encoder) {
            if (entries.put(messageId, new Entry<>(type, decoder, encoder)) != null) {
                throw new IllegalStateException("message id registered twice: 0x" + Integer.toHexString(messageId));
            }
            return this;
        }

        public Builder with(java.util.function.Consumer<Builder> family) {
            family.accept(this);
            return this;
        }

        public BodyCodecRegistry build() {
            IntObjectHashMap<Entry<?>> copy = new IntObjectHashMap<>(entries.size());
            copy.putAll(entries);
            return new BodyCodecRegistry(copy);
        }
    }
}

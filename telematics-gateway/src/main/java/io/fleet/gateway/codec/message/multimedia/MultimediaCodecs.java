package io.fleet.gateway.codec.message.multimedia;

import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.location.LocationCodecs;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import static io.fleet.gateway.codec.message.MessageIds.*;

/** Body codecs of the multimedia family: 0x0800, 0x0801, 0x8801. */
public final class MultimediaCodecs {

    private MultimediaCodecs() {
    }

    public static void register(BodyCodecRegistry.Builder registry) {
        registry.register(MULTIMEDIA_EVENT, MultimediaEvent.class, MultimediaCodecs::decodeEvent,
                        MultimediaCodecs::encodeEvent)
                .register(MULTIMEDIA_UPLOAD, MultimediaUpload.class, MultimediaCodecs::decodeUpload,
                        MultimediaCodecs::encodeUpload)
                .register(TAKE_PHOTO, TakePhoto.class, MultimediaCodecs::decodeTakePhoto,
                        MultimediaCodecs::encodeTakePhoto);
    }

    static MultimediaEvent decodeEvent(ByteBuf in, MessageHeader header) {
        return new MultimediaEvent(in.readUnsignedInt(), in.readUnsignedByte(), in.readUnsignedByte(),
                in.readUnsignedByte(), in.readUnsignedByte());
    }

    static void encodeEvent(MultimediaEvent body, ByteBuf out, MessageHeader header) {
        out.writeInt((int) body.mediaId()).writeByte(body.mediaType()).writeByte(body.format())
                .writeByte(body.event()).writeByte(body.channel());
    }

    static MultimediaUpload decodeUpload(ByteBuf in, MessageHeader header) {
        return new MultimediaUpload(in.readUnsignedInt(), in.readUnsignedByte(), in.readUnsignedByte(),
                in.readUnsignedByte(), in.readUnsignedByte(), LocationCodecs.readBasic(in),
                ByteBufUtil.getBytes(in.readSlice(in.readableBytes())));
    }

    static void encodeUpload(MultimediaUpload body, ByteBuf out, MessageHeader header) {
        out.writeInt((int) body.mediaId()).writeByte(body.mediaType()).writeByte(body.format())
                .writeByte(body.event()).writeByte(body.channel());
        LocationCodecs.writeBasic(body.location(), out);
        out.writeBytes(body.data());
    }

    static TakePhoto decodeTakePhoto(ByteBuf in, MessageHeader header) {
        return new TakePhoto(in.readUnsignedByte(), in.readUnsignedShort(), in.readUnsignedShort(),
                in.readUnsignedByte(), in.readUnsignedByte(), in.readUnsignedByte(), in.readUnsignedByte(),
                in.readUnsignedByte(), in.readUnsignedByte(), in.readUnsignedByte());
    }

    static void encodeTakePhoto(TakePhoto body, ByteBuf out, MessageHeader header) {
        out.writeByte(body.channel()).writeShort(body.command()).writeShort(body.intervalSeconds())
                .writeByte(body.save()).writeByte(body.resolution()).writeByte(body.quality())
                .writeByte(body.brightness()).writeByte(body.contrast()).writeByte(body.saturation())
                .writeByte(body.chroma());
    }
}

package io.fleet.gateway.codec.message.multimedia;

import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.location.LocationCodecs;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import static io.fleet.gateway.codec.message.MessageIds.*;

/** Body codecs of the multimedia family: 0x0800, 0x0801, 0x0805, 0x8801. */
public final class MultimediaCodecs {

    private static final int EVENT_BYTES = 8;
    private static final int LOCATION_BYTES = 28;

    private MultimediaCodecs() {
    }

    public static void register(BodyCodecRegistry.Builder registry) {
        registry.register(MULTIMEDIA_EVENT, MultimediaEvent.class, MultimediaCodecs::decodeEvent,
                        MultimediaCodecs::encodeEvent)
                .register(MULTIMEDIA_UPLOAD, MultimediaUpload.class, MultimediaCodecs::decodeUpload,
                        MultimediaCodecs::encodeUpload)
                .register(TAKE_PHOTO, TakePhoto.class, MultimediaCodecs::decodeTakePhoto,
                        MultimediaCodecs::encodeTakePhoto)
                .register(TAKE_PHOTO_RESPONSE, TakePhotoResponse.class, MultimediaCodecs::decodeTakePhotoResponse,
                        MultimediaCodecs::encodeTakePhotoResponse);
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
        boolean layout2011 = !header.version2019() && is2011Upload(in);
        return new MultimediaUpload(in.readUnsignedInt(), in.readUnsignedByte(), in.readUnsignedByte(),
                in.readUnsignedByte(), in.readUnsignedByte(), layout2011 ? null : LocationCodecs.readBasic(in),
                ByteBufUtil.getBytes(in.readSlice(in.readableBytes())));
    }

    static void encodeUpload(MultimediaUpload body, ByteBuf out, MessageHeader header) {
        out.writeInt((int) body.mediaId()).writeByte(body.mediaType()).writeByte(body.format())
                .writeByte(body.event()).writeByte(body.channel());
        if (body.location() != null) {
            LocationCodecs.writeBasic(body.location(), out);
        }
        out.writeBytes(body.data());
    }

    /**
     * The 2011 layout has no location before the data, and shares its header with 2013, so it is told by where the
     * media data starts: the format's file signature right after the 8 event bytes and not after the location, or
     * a body too short to hold a location at all.
     */
    static boolean is2011Upload(ByteBuf in) {
        int start = in.readerIndex();
        int length = in.readableBytes();
        if (length < EVENT_BYTES) {
            return false;
        }
        if (length < EVENT_BYTES + LOCATION_BYTES) {
            return true;
        }
        int format = in.getUnsignedByte(start + 5);
        return MediaSignature.matches(format, in, start + EVENT_BYTES)
                && !MediaSignature.matches(format, in, start + EVENT_BYTES + LOCATION_BYTES);
    }

    static TakePhotoResponse decodeTakePhotoResponse(ByteBuf in, MessageHeader header) {
        int serial = in.readUnsignedShort();
        int result = in.readUnsignedByte();
        if (!in.isReadable()) {
            return new TakePhotoResponse(serial, result, null);
        }
        int count = in.readUnsignedShort();
        java.util.List<Long> ids = new java.util.ArrayList<>(Math.min(count, in.readableBytes() / 4));
        for (int i = 0; i < count; i++) {
            ids.add(in.readUnsignedInt());
        }
        return new TakePhotoResponse(serial, result, ids);
    }

    static void encodeTakePhotoResponse(TakePhotoResponse body, ByteBuf out, MessageHeader header) {
        out.writeShort(body.responseSerial()).writeByte(body.result());
        if (body.mediaIds() != null) {
            out.writeShort(body.mediaIds().size());
            body.mediaIds().forEach(id -> out.writeInt(id.intValue()));
        }
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

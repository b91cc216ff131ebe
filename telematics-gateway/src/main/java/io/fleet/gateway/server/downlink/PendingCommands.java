package io.fleet.gateway.server.downlink;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.multimedia.TakePhotoResponse;
import io.fleet.gateway.codec.message.security.RsaPublicKey;
import io.fleet.gateway.codec.message.location.LocationQueryResponse;
import io.fleet.gateway.codec.message.parameter.QueryParametersResponse;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.codec.message.terminal.TerminalAttributes;
import io.netty.util.collection.IntObjectHashMap;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * Downlink commands of one connection waiting for the terminal's answer, by the platform serial they were sent
 * with. Answers carry that serial (0x0001 also the command id); 0x0107 carries none and matches the oldest 0x8107,
 * and 0x0A00 likewise the oldest 0x8A00.
 * Event-loop only.
 */
public final class PendingCommands {

    /** Specific answers and the commands they answer (besides 0x0001, which may answer any command). */
    private static final Map<Integer, List<Integer>> ANSWERS = Map.of(
            MessageIds.QUERY_PARAMETERS_RESPONSE, List.of(MessageIds.QUERY_PARAMETERS, 0x8106),
            MessageIds.LOCATION_QUERY_RESPONSE, List.of(MessageIds.LOCATION_QUERY),
            MessageIds.TAKE_PHOTO_RESPONSE, List.of(MessageIds.TAKE_PHOTO),
            MessageIds.TERMINAL_ATTRIBUTES_RESPONSE, List.of(MessageIds.QUERY_ATTRIBUTES),
            MessageIds.TERMINAL_RSA_KEY, List.of(MessageIds.PLATFORM_RSA_KEY));

    /**
     * A command on the wire. {@code timeout} is cancelled when it is answered; null in unit tests. A command too
     * long for one frame went out as {@code packets} (kept for the terminal's 0x0005 resend requests) with
     * consecutive serials from {@code serial}; {@code acknowledged} marks the packets the terminal answered.
     */
    public record Pending(DownlinkCommand command, int serial, Future<?> timeout, List<Jt808Message> packets,
                          BitSet acknowledged) {

        public Pending(DownlinkCommand command, int serial, Future<?> timeout) {
            this(command, serial, timeout, List.of(), new BitSet());
        }

        void cancelTimeout() {
            if (timeout != null) {
                timeout.cancel(false);
            }
        }

        int packetCount() {
            return Math.max(1, packets.size());
        }

        /** Index (0-based) of the packet sent with {@code packetSerial}. */
        int packetIndex(int packetSerial) {
            return (packetSerial - serial) & 0xffff;
        }
    }

    /** A command and the answer that settled it. */
    public record Match(Pending pending, DownlinkResult result, Jt808Message reply) {
    }

    private final IntObjectHashMap<Pending> bySerial = new IntObjectHashMap<>();
    /** Serials of packets 2..n of multi-packet commands → the command (keyed by its first serial above). */
    private final IntObjectHashMap<Pending> byLaterPacket = new IntObjectHashMap<>();

    public void add(Pending pending) {
        Pending replaced = bySerial.put(pending.serial(), pending);
        if (replaced != null) {
            // 65536 commands later the serial wraps; the old one cannot be told apart any more.
            forget(replaced);
            replaced.cancelTimeout();
        }
        for (int i = 1; i < pending.packets().size(); i++) {
            byLaterPacket.put((pending.serial() + i) & 0xffff, pending);
        }
    }

    public Optional<Pending> remove(int serial) {
        Pending pending = bySerial.remove(serial);
        if (pending != null) {
            forget(pending);
        }
        return Optional.ofNullable(pending);
    }

    /** The multi-packet command whose first packet had {@code firstSerial} (for 0x0005 resend requests). */
    public Optional<Pending> multiPacket(int firstSerial) {
        Pending pending = bySerial.get(firstSerial);
        return pending == null || pending.packets().isEmpty() ? Optional.empty() : Optional.of(pending);
    }

    private void forget(Pending pending) {
        for (int i = 1; i < pending.packets().size(); i++) {
            int serial = (pending.serial() + i) & 0xffff;
            if (byLaterPacket.get(serial) == pending) {
                byLaterPacket.remove(serial);
            }
        }
    }

    /** True for message ids that answer platform commands (and so never get a 0x8001 themselves). */
    public static boolean isAnswer(int messageId) {
        return messageId == MessageIds.TERMINAL_GENERAL_RESPONSE || ANSWERS.containsKey(messageId);
    }

    /** The command {@code reply} answers, removed from the pending set; empty if it answers none of ours. */
    public Optional<Match> match(Jt808Message reply) {
        MessageBody body = reply.body();
        if (body instanceof GeneralResponse response && reply.messageId() == MessageIds.TERMINAL_GENERAL_RESPONSE) {
            return generalResponse(response, reply);
        }
        if (body instanceof TerminalAttributes) {
            return oldest(MessageIds.QUERY_ATTRIBUTES).flatMap(p -> take(p.serial(), p.command().messageId(),
                    DownlinkResult.OK, reply));
        }
        if (body instanceof RsaPublicKey && reply.messageId() == MessageIds.TERMINAL_RSA_KEY) {
            return oldest(MessageIds.PLATFORM_RSA_KEY).flatMap(p -> take(p.serial(), p.command().messageId(),
                    DownlinkResult.OK, reply));
        }
        int serial = answeredSerial(body);
        if (serial < 0) {
            return Optional.empty();
        }
        Pending pending = bySerial.get(serial);
        if (pending == null || !ANSWERS.getOrDefault(reply.messageId(), List.of())
                .contains(pending.command().messageId())) {
            return Optional.empty();
        }
        return take(serial, pending.command().messageId(), specificResult(body), reply);
    }

    /** Whether a command of this message id waits for its answer. */
    public boolean hasPending(int commandMessageId) {
        return oldest(commandMessageId).isPresent();
    }

    /**
     * A 0x0001 settles a single-frame command at once. For a multi-packet command, a failure settles it, and a
     * success settles it once every packet is answered or the last packet is (terminals answer each packet, or
     * only the whole message with the last packet's serial).
     */
    private Optional<Match> generalResponse(GeneralResponse response, Jt808Message reply) {
        DownlinkResult result = DownlinkResult.ofGeneralResponse(response.result());
        Pending pending = bySerial.get(response.responseSerial());
        if (pending == null) {
            pending = byLaterPacket.get(response.responseSerial());
        }
        if (pending == null || pending.command().messageId() != response.responseMessageId()) {
            return Optional.empty();
        }
        if (pending.packetCount() > 1 && result == DownlinkResult.OK) {
            int index = pending.packetIndex(response.responseSerial());
            pending.acknowledged().set(index);
            if (index != pending.packetCount() - 1 && pending.acknowledged().cardinality() < pending.packetCount()) {
                return Optional.empty();
            }
        }
        return take(pending.serial(), pending.command().messageId(), result, reply);
    }

    /** Every pending command, removed: the connection is gone. */
    public List<Pending> drain() {
        List<Pending> all = new ArrayList<>(bySerial.values());
        bySerial.clear();
        byLaterPacket.clear();
        all.forEach(Pending::cancelTimeout);
        return all;
    }

    public int size() {
        return bySerial.size();
    }

    private Optional<Match> take(int serial, int commandId, DownlinkResult result, Jt808Message reply) {
        Pending pending = bySerial.get(serial);
        if (pending == null || pending.command().messageId() != commandId) {
            return Optional.empty();
        }
        bySerial.remove(serial);
        forget(pending);
        pending.cancelTimeout();
        return Optional.of(new Match(pending, result, reply));
    }

    private Optional<Pending> oldest(int commandId) {
        Pending oldest = null;
        for (Pending p : bySerial.values()) {
            if (p.command().messageId() == commandId && (oldest == null
                    || p.command().entryId().compareTo(oldest.command().entryId()) < 0)) {
                oldest = p;
            }
        }
        return Optional.ofNullable(oldest);
    }

    /** Serial of the command a specific answer refers to (its first WORD), or -1. */
    private static int answeredSerial(MessageBody body) {
        if (body instanceof QueryParametersResponse r) {
            return r.responseSerial();
        }
        if (body instanceof LocationQueryResponse r) {
            return r.responseSerial();
        }
        if (body instanceof TakePhotoResponse r) {
            return r.responseSerial();
        }
        return -1;
    }

    /** 0x0805 carries a result byte (0 ok, 1 failed, 2 channel not supported); the others are answers as such. */
    private static DownlinkResult specificResult(MessageBody body) {
        if (body instanceof TakePhotoResponse photo) {
            return switch (photo.result()) {
                case TakePhotoResponse.SUCCESS -> DownlinkResult.OK;
                case TakePhotoResponse.CHANNEL_NOT_SUPPORTED -> DownlinkResult.UNSUPPORTED;
                default -> DownlinkResult.FAILED;
            };
        }
        return DownlinkResult.OK;
    }
}

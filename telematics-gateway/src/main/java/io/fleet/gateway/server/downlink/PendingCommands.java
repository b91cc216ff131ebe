package io.fleet.gateway.server.downlink;

import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.RawBody;
import io.fleet.gateway.codec.message.location.LocationQueryResponse;
import io.fleet.gateway.codec.message.parameter.QueryParametersResponse;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.codec.message.terminal.TerminalAttributes;
import io.netty.util.collection.IntObjectHashMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * Downlink commands of one connection waiting for the terminal's answer, by the platform serial they were sent
 * with. Answers carry that serial (0x0001 also the command id); 0x0107 carries none and matches the oldest 0x8107.
 * Event-loop only.
 */
public final class PendingCommands {

    /** Photo command answer; not (yet) a typed body in the codec, so read from its raw bytes. */
    public static final int TAKE_PHOTO_RESPONSE = 0x0805;

    /** Specific answers and the commands they answer (besides 0x0001, which may answer any command). */
    private static final Map<Integer, List<Integer>> ANSWERS = Map.of(
            MessageIds.QUERY_PARAMETERS_RESPONSE, List.of(MessageIds.QUERY_PARAMETERS, 0x8106),
            MessageIds.LOCATION_QUERY_RESPONSE, List.of(MessageIds.LOCATION_QUERY),
            TAKE_PHOTO_RESPONSE, List.of(MessageIds.TAKE_PHOTO),
            MessageIds.TERMINAL_ATTRIBUTES_RESPONSE, List.of(MessageIds.QUERY_ATTRIBUTES));

    /** A command on the wire. {@code timeout} is cancelled when it is answered; null in unit tests. */
    public record Pending(DownlinkCommand command, int serial, Future<?> timeout) {
        void cancelTimeout() {
            if (timeout != null) {
                timeout.cancel(false);
            }
        }
    }

    /** A command and the answer that settled it. */
    public record Match(Pending pending, DownlinkResult result, Jt808Message reply) {
    }

    private final IntObjectHashMap<Pending> bySerial = new IntObjectHashMap<>();

    public void add(Pending pending) {
        Pending replaced = bySerial.put(pending.serial(), pending);
        if (replaced != null) {
            // 65536 commands later the serial wraps; the old one cannot be told apart any more.
            replaced.cancelTimeout();
        }
    }

    public Optional<Pending> remove(int serial) {
        return Optional.ofNullable(bySerial.remove(serial));
    }

    /** True for message ids that answer platform commands (and so never get a 0x8001 themselves). */
    public static boolean isAnswer(int messageId) {
        return messageId == MessageIds.TERMINAL_GENERAL_RESPONSE || ANSWERS.containsKey(messageId);
    }

    /** The command {@code reply} answers, removed from the pending set; empty if it answers none of ours. */
    public Optional<Match> match(Jt808Message reply) {
        MessageBody body = reply.body();
        if (body instanceof GeneralResponse response && reply.messageId() == MessageIds.TERMINAL_GENERAL_RESPONSE) {
            return take(response.responseSerial(), response.responseMessageId(),
                    DownlinkResult.ofGeneralResponse(response.result()), reply);
        }
        if (body instanceof TerminalAttributes) {
            return oldest(MessageIds.QUERY_ATTRIBUTES).flatMap(p -> take(p.serial(), p.command().messageId(),
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

    /** Every pending command, removed: the connection is gone. */
    public List<Pending> drain() {
        List<Pending> all = new ArrayList<>(bySerial.values());
        bySerial.clear();
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
        if (body instanceof RawBody raw && raw.messageId() == TAKE_PHOTO_RESPONSE && raw.bytes().length >= 3) {
            return ((raw.bytes()[0] & 0xff) << 8) | (raw.bytes()[1] & 0xff);
        }
        return -1;
    }

    /** 0x0805 carries a result byte (0 ok, 1 failed, 2 channel not supported); the others are answers as such. */
    private static DownlinkResult specificResult(MessageBody body) {
        if (body instanceof RawBody raw) {
            return switch (raw.bytes()[2]) {
                case 0 -> DownlinkResult.OK;
                case 2 -> DownlinkResult.UNSUPPORTED;
                default -> DownlinkResult.FAILED;
            };
        }
        return DownlinkResult.OK;
    }
}

package io.fleet.gateway.codec.subpacket;

import io.fleet.gateway.codec.header.MessageHeader;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Joins the packets of multi-part messages (header bit 13) back into one body. One instance per connection; not
 * thread-safe (a Netty channel uses it from its event loop only).
 * <p>
 * Packets of one message share phone, message id and total, and have consecutive serials, so the serial of
 * packet 1 ({@code serial - index + 1}) identifies the message even when packets arrive out of order.
 * A message idle for {@code timeout} gets a 0x8003 listing its missing packets from {@link #expire()}; after
 * {@code maxRequests} such requests it is dropped. Memory is bounded by {@code maxMessages} pending messages and
 * {@code maxBytes} buffered bytes: the least recently active message is evicted first.
 */
public final class SubpacketAssembler {

    private final Clock clock;
    private final Duration timeout;
    private final int maxMessages;
    private final int maxBytes;
    private final int maxRequests;
    /** Access order: iteration starts at the least recently active message. */
    private final LinkedHashMap<Key, Pending> pending = new LinkedHashMap<>(16, 0.75f, true);
    private int bufferedBytes;

    public SubpacketAssembler(Clock clock, Duration timeout, int maxMessages, int maxBytes, int maxRequests) {
        if (timeout.isNegative() || timeout.isZero() || maxMessages <= 0 || maxBytes <= 0 || maxRequests < 0) {
            throw new IllegalArgumentException("timeout, maxMessages and maxBytes must be positive");
        }
        this.clock = clock;
        this.timeout = timeout;
        this.maxMessages = maxMessages;
        this.maxBytes = maxBytes;
        this.maxRequests = maxRequests;
    }

    /** 30 s timeout, 16 messages, 1 MiB, 3 requests: sized for photos (the largest multi-part uploads). */
    public static SubpacketAssembler withDefaults(Clock clock) {
        return new SubpacketAssembler(clock, Duration.ofSeconds(30), 16, 1 << 20, 3);
    }

    /** A complete message: the header of packet 1 without packet item, and the joined body. */
    public record Reassembled(MessageHeader header, byte[] body) {
    }

    /**
     * Adds one packet. Returns the whole message once every packet is in; packets with an impossible index,
     * or larger than the byte budget, are ignored.
     */
    public Optional<Reassembled> accept(MessageHeader header, byte[] fragment) {
        int total = header.subpackage().total();
        int index = header.subpackage().index();
        if (total < 1 || index < 1 || index > total || fragment.length > maxBytes) {
            return Optional.empty();
        }
        Key key = new Key(header.phone(), header.messageId(), total, (header.serial() - index + 1) & 0xffff);
        Pending message = pending.get(key);
        if (message == null) {
            evictFor(1, fragment.length);
            message = new Pending(header, total);
            pending.put(key, message);
        } else {
            evictFor(0, fragment.length - message.sizeOf(index));
        }
        bufferedBytes += message.put(index, header, fragment, clock.millis());
        if (!message.isComplete()) {
            return Optional.empty();
        }
        pending.remove(key);
        bufferedBytes -= message.bytes;
        return Optional.of(message.join());
    }

    /** Requests for messages idle past the timeout; drops those already asked for {@code maxRequests} times. */
    public List<RetransmissionNeeded> expire() {
        long now = clock.millis();
        List<RetransmissionNeeded> requests = new ArrayList<>();
        Iterator<Map.Entry<Key, Pending>> it = pending.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, Pending> entry = it.next();
            Pending message = entry.getValue();
            if (now - message.lastActivity < timeout.toMillis()) {
                continue;
            }
            if (message.requests >= maxRequests) {
                bufferedBytes -= message.bytes;
                it.remove();
                continue;
            }
            message.requests++;
            message.lastActivity = now;
            requests.add(new RetransmissionNeeded(message.firstHeader,
                    new RetransmissionRequest(entry.getKey().firstSerial(), message.missing())));
        }
        return requests;
    }

    public int pendingMessages() {
        return pending.size();
    }

    public int bufferedBytes() {
        return bufferedBytes;
    }

    private void evictFor(int newMessages, int newBytes) {
        Iterator<Pending> oldestFirst = pending.values().iterator();
        while (oldestFirst.hasNext() && (pending.size() + newMessages > maxMessages || bufferedBytes + newBytes > maxBytes)) {
            bufferedBytes -= oldestFirst.next().bytes;
            oldestFirst.remove();
        }
    }

    private record Key(String phone, int messageId, int total, int firstSerial) {
    }

    private static final class Pending {
        private final byte[][] parts;
        private MessageHeader firstHeader;
        private int received;
        private int bytes;
        private int requests;
        private long lastActivity;

        Pending(MessageHeader header, int total) {
            this.parts = new byte[total][];
            this.firstHeader = header;
        }

        int sizeOf(int index) {
            byte[] part = parts[index - 1];
            return part == null ? 0 : part.length;
        }

        /** Stores a packet (a resent duplicate replaces the old copy); returns the change in buffered bytes. */
        int put(int index, MessageHeader header, byte[] fragment, long now) {
            int delta = fragment.length - sizeOf(index);
            if (parts[index - 1] == null) {
                received++;
            }
            parts[index - 1] = fragment;
            bytes += delta;
            lastActivity = now;
            if (index == 1) {
                firstHeader = header;
            }
            return delta;
        }

        boolean isComplete() {
            return received == parts.length;
        }

        List<Integer> missing() {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] == null) {
                    missing.add(i + 1);
                }
            }
            return missing;
        }

        Reassembled join() {
            byte[] body = new byte[bytes];
            int offset = 0;
            for (byte[] part : parts) {
                System.arraycopy(part, 0, body, offset, part.length);
                offset += part.length;
            }
            int firstSerial = (firstHeader.serial() - firstHeader.subpackage().index() + 1) & 0xffff;
            return new Reassembled(firstHeader.withSerial(firstSerial).withoutSubpackage(body.length), body);
        }
    }
}

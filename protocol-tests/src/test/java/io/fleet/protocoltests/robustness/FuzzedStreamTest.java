package io.fleet.protocoltests.robustness;

import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.field.Hex;
import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.subpacket.RetransmissionNeeded;
import io.fleet.gateway.codec.subpacket.SubpacketReassemblyHandler;
import io.fleet.protocoltests.frame.Pipelines;
import io.fleet.protocoltests.vectors.Vector;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.PoolArenaMetric;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated byte streams through the real inbound pipeline, in random-sized writes. Seeded, so a failure
 * replays. Nothing may escape the pipeline as an exception, every emitted object must be one of the documented
 * types, buffered state must stay bounded, and every pooled buffer must be back in the pool at the end.
 */
class FuzzedStreamTest {

    private static final int ITERATIONS = 20_000;
    private static final int MAX_FRAME = Jt808FrameDecoder.DEFAULT_MAX_FRAME_LENGTH;

    /** Every conformance vector of both sources, as a delimited frame. */
    static final List<byte[]> SEEDS = java.util.stream.Stream.concat(Vector.load(Vector.JT808_SERVER).stream(),
                    Vector.load(Vector.TRACCAR).stream())
            .filter(v -> v.hex().matches("([0-9a-fA-F]{2})+"))
            .map(v -> Hex.decode(v.hex().startsWith("7e") ? v.hex() : "7e" + v.hex() + "7e"))
            .toList();

    /** No thread caches: the arena counters then show every buffer not yet released. */
    private final PooledByteBufAllocator allocator = new PooledByteBufAllocator(false, 1, 1, 8192, 9, 0, 0, false);

    @Test
    void randomAndMutatedStreamsNeverThrowNorLeak() {
        SplittableRandom random = new SplittableRandom(808);
        EmbeddedChannel channel = Pipelines.inbound();
        channel.config().setAllocator(allocator);
        Jt808FrameDecoder framer = channel.pipeline().get(Jt808FrameDecoder.class);
        SubpacketReassemblyHandler subpackets = channel.pipeline().get(SubpacketReassemblyHandler.class);
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = i % 4 == 0 ? randomBytes(random) : mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            for (int offset = 0; offset < input.length; ) {
                int chunk = Math.min(input.length - offset, 1 + random.nextInt(256));
                ByteBuf buf = allocator.buffer(chunk);
                buf.writeBytes(input, offset, chunk);
                channel.writeInbound(buf);
                offset += chunk;
            }
            for (Object out : Pipelines.drain(channel)) {
                assertThat(out).isInstanceOfAny(Jt808Message.class, InvalidMessage.class, RetransmissionNeeded.class);
                if (out instanceof Jt808Message) {
                    valid++;
                } else {
                    invalid++;
                }
            }
            assertThat(framer.bufferedBytes()).isLessThanOrEqualTo(MAX_FRAME + 1);
            assertThat(subpackets.assembler().pendingMessages()).isLessThanOrEqualTo(16);
            assertThat(subpackets.assembler().bufferedBytes()).isLessThanOrEqualTo(1 << 20);
        }
        channel.finishAndReleaseAll();
        assertThat(valid).as("mutations that keep a frame valid").isPositive();
        assertThat(invalid).as("mutations that break one").isPositive();
        assertThat(activeAllocations()).as("pooled buffers not released").isZero();
    }

    private long activeAllocations() {
        long active = 0;
        for (PoolArenaMetric arena : allocator.metric().heapArenas()) {
            active += arena.numActiveAllocations();
        }
        for (PoolArenaMetric arena : allocator.metric().directArenas()) {
            active += arena.numActiveAllocations();
        }
        return active;
    }

    static byte[] randomBytes(SplittableRandom random) {
        byte[] bytes = new byte[random.nextInt(1, 400)];
        for (int i = 0; i < bytes.length; i++) {
            // Bias toward the bytes the framer cares about.
            int pick = random.nextInt(10);
            bytes[i] = pick == 0 ? 0x7e : pick == 1 ? 0x7d : (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** A valid frame with one kind of damage: flipped bits, cut short, bytes inserted, doubled, or left intact. */
    static byte[] mutate(byte[] seed, SplittableRandom random) {
        byte[] bytes = seed.clone();
        switch (random.nextInt(6)) {
            case 0 -> {
                for (int n = random.nextInt(1, 4); n > 0; n--) {
                    int at = random.nextInt(bytes.length);
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(1, bytes.length));
            case 2 -> {
                int at = random.nextInt(1, bytes.length);
                byte[] longer = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, longer, 0, at);
                longer[at] = random.nextBoolean() ? (byte) 0x7d : (byte) 0x7e;
                System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                bytes = longer;
            }
            case 3 -> {
                byte[] doubled = new byte[bytes.length * 2];
                System.arraycopy(bytes, 0, doubled, 0, bytes.length);
                System.arraycopy(bytes, 0, doubled, bytes.length, bytes.length);
                bytes = doubled;
            }
            case 4 -> bytes[random.nextInt(1, bytes.length - 1)] = (byte) random.nextInt(256);
            default -> {
            }
        }
        return bytes;
    }
}

package io.fleet.protocoltests.robustness;

import io.fleet.gateway.codec.DecodedFrame;
import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.Jt808Codec;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.json.MessageJson;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain-bytes decoder and everything the decode CLI and the gateway do with its result, fuzzed: random bytes
 * and mutated conformance vectors (both sources) through {@link Jt808Codec#decodeAnyForm}, the JSON form of every
 * result, and the re-encoding of every accepted message, which must decode again and encode to the same bytes. Seeded, so
 * a failure replays; sized to run in a few seconds in CI. No exception may escape any of them.
 */
class CodecFuzzTest {

    private static final int ITERATIONS = 20_000;

    @Test
    void decodeJsonAndReencodeNeverThrow() {
        SplittableRandom random = new SplittableRandom(0x808);
        Jt808Codec codec = Jt808Codec.standard();
        MessageJson json = new MessageJson();
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = i % 5 == 0 ? FuzzedStreamTest.randomBytes(random)
                    : FuzzedStreamTest.mutate(FuzzedStreamTest.SEEDS.get(random.nextInt(FuzzedStreamTest.SEEDS.size())),
                    random);
            DecodedFrame decoded = codec.decodeAnyForm(input);
            if (decoded instanceof Jt808Message message) {
                accepted++;
                assertThat(json.write(json.toJson(message))).startsWith("{\"msgId\"");
                byte[] again = codec.encode(message);
                DecodedFrame redecoded = codec.decodeWire(again);
                assertThat(redecoded).as("re-decode of %s", message).isInstanceOf(Jt808Message.class);
                assertThat(codec.encode((Jt808Message) redecoded)).as("re-encode of %s", message).isEqualTo(again);
            } else {
                rejected++;
                assertThat(json.write(json.toJson((InvalidMessage) decoded))).contains("\"kind\"");
            }
        }
        assertThat(accepted).as("inputs that decode").isPositive();
        assertThat(rejected).as("inputs that are rejected").isPositive();
    }
}

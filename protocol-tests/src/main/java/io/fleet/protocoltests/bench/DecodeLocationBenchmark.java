package io.fleet.protocoltests.bench;

import io.fleet.gateway.codec.DecodedFrame;
import io.fleet.gateway.codec.Jt808Codec;
import io.fleet.gateway.codec.field.BcdTime;
import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.Jt808MessageDecoder;
import io.fleet.gateway.codec.message.location.AdditionalItem;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Decoding a typical 0x0200 location report with extras, from on-wire frame bytes to a typed
 * {@link LocationReport}: 2013 header, 0x01 mileage, 0x02 fuel, 0x03 recorder speed, 0x25 signals, 0x2A IO,
 * 0x2B analog, 0x30 signal strength, 0x31 satellites and two vendor items (0xE1, 0xE4) — 72 body bytes, the
 * shape most terminals in the vector files send.
 * <ul>
 * <li>{@code plainBytes}: {@code Jt808Codec.decodeWire(byte[])} — unescape, check code, header, body.</li>
 * <li>{@code nettyPipeline}: the same frame through {@code Jt808FrameDecoder} and {@code Jt808MessageDecoder}
 *     on an EmbeddedChannel, as the gateway runs it (EmbeddedChannel overhead included).</li>
 * </ul>
 * Run: {@code java -jar protocol-tests/target/protocol-tests-all.jar Decode -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeLocationBenchmark {

    private byte[] frame;
    private Jt808Codec codec;
    private EmbeddedChannel channel;

    @Setup
    public void setUp() {
        codec = Jt808Codec.standard();
        frame = codec.encode(Jt808Message.of(ProtocolVersion.V2013, "013912345678", 7, typicalReport()));
        DecodedFrame check = codec.decodeWire(frame);
        if (!(check instanceof Jt808Message message) || !(message.body() instanceof LocationReport)) {
            throw new IllegalStateException("benchmark frame does not decode: " + check);
        }
        channel = new EmbeddedChannel(new Jt808FrameDecoder(), Jt808MessageDecoder.INSTANCE);
    }

    @TearDown
    public void tearDown() {
        channel.finishAndReleaseAll();
    }

    @Benchmark
    public Object plainBytes() {
        return codec.decodeWire(frame);
    }

    @Benchmark
    public Object nettyPipeline() {
        ByteBuf in = Unpooled.wrappedBuffer(frame);
        channel.writeInbound(in);
        return channel.readInbound();
    }

    static LocationReport typicalReport() {
        List<AdditionalItem> items = List.of(new AdditionalItem.Mileage(77_628), new AdditionalItem.Fuel(844),
                new AdditionalItem.RecorderSpeed(650), new AdditionalItem.ExtendedSignals(0x3),
                new AdditionalItem.IoStatus(0), new AdditionalItem.AnalogInputs(0x00120034L),
                new AdditionalItem.SignalStrength(25), new AdditionalItem.Satellites(14),
                new AdditionalItem.Raw(0xe1, new byte[] {0x00, 0x79}), new AdditionalItem.Raw(0xe4, new byte[] {0, 86}));
        return new LocationReport(0, 0x000c0003L, 39_904_987L, 116_405_289L, 50, 650, 180,
                OffsetDateTime.of(2024, 5, 17, 8, 30, 15, 0, BcdTime.BEIJING), items);
    }
}

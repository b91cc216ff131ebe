package io.fleet.protocoltests.vectors;

import io.fleet.gateway.codec.DecodedFrame;
import io.fleet.gateway.codec.InvalidKind;
import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.Jt808Codec;
import io.fleet.gateway.codec.field.Hex;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.RawBody;
import io.fleet.gateway.codec.message.driver.DriverIdentity;
import io.fleet.gateway.codec.message.location.AdditionalItem;
import io.fleet.gateway.codec.message.location.LocationBatchUpload;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.codec.message.terminal.TerminalAttributes;
import io.fleet.gateway.codec.message.text.TransparentData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traccar's Jt808ProtocolDecoderTest and Jt808ProtocolEncoderTest frames, one case each. Every frame either
 * decodes (and its positions pass the invariants) or is rejected for the reason recorded in {@link #REJECTED};
 * rows that are not JT/T 808 at all are checked in {@code NonJt808RowsTest}.
 */
class TraccarVectorsTest {

    private static final Jt808Codec CODEC = Jt808Codec.standard();

    /** The documented rejections (docs/protocol.md, "Vectors"). */
    static final Map<Integer, InvalidKind> REJECTED = Map.of(
            143, InvalidKind.BAD_CHECKSUM,      // edited upstream to fail the XOR check
            410, InvalidKind.BAD_CHECKSUM,      // edited upstream
            416, InvalidKind.BAD_CHECKSUM,      // edited upstream
            329, InvalidKind.TRUNCATED,         // declares 50 body bytes, carries 40
            426, InvalidKind.LENGTH_MISMATCH);  // valid check code, but declares 122 body bytes and carries 107

    /** Traccar expectations that map onto standard fields or onto a vendor item kept raw. */
    static final Map<Integer, Consumer<Jt808Message>> EXPECTED = Map.ofEntries(
            Map.entry(15, m -> assertThat(first(m).satellites()).contains(14)),
            Map.entry(34, m -> assertThat(first(m).satellites()).contains(14)),
            Map.entry(23, m -> assertThat(rawWord(first(m), 0xe1) / 10.0).isEqualTo(11.4)),      // KEY_POWER
            Map.entry(27, m -> assertThat(rawWord(first(m), 0xe4)).isEqualTo(99)),               // battery %
            Map.entry(74, m -> assertThat(rawWord(first(m), 0xe4)).isEqualTo(86)),               // battery %
            Map.entry(123, m -> assertThat(rawWord(first(m), 0xe3)).isEqualTo(100)),             // battery %
            Map.entry(355, m -> assertThat(rawWord(first(m), 0x82) / 10.0).isEqualTo(13.0)),     // KEY_POWER (OBD)
            Map.entry(42, m -> assertThat(((DriverIdentity) m.body()).certificateNumber()).isEqualTo("0029b885")),
            Map.entry(90, m -> assertThat(new String(((TransparentData) m.body()).content(), StandardCharsets.US_ASCII))
                    .contains("|10218094|")),                                                     // KEY_DRIVER_UNIQUE_ID
            Map.entry(82, m -> assertThat(new String(((RawBody) m.body()).bytes(), StandardCharsets.US_ASCII))
                    .contains("MD,SET CONFIG OK!")),                                              // KEY_RESULT
            Map.entry(373, m -> assertThat(((TerminalAttributes) m.body()).iccid()).isEqualTo("89883030000131882455")),
            Map.entry(299, m -> assertThat(((LocationBatchUpload) m.body()).items()).hasSizeGreaterThan(1)),
            Map.entry(305, m -> assertThat(((LocationBatchUpload) m.body()).items()).hasSizeGreaterThan(1)),
            Map.entry(359, m -> assertThat(((LocationBatchUpload) m.body()).items()).hasSizeGreaterThan(1)));

    static Stream<Vector> decoderVectors() {
        return Vector.load(Vector.TRACCAR).stream()
                .filter(v -> v.from("Jt808ProtocolDecoderTest") && !NonJt808RowsTest.isAscii(v));
    }

    static Stream<Vector> encoderVectors() {
        return Vector.load(Vector.TRACCAR).stream()
                .filter(v -> v.from("Jt808ProtocolEncoderTest"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoderVectors")
    void decodesOrIsRejectedForTheDocumentedReason(Vector vector) {
        DecodedFrame frame = CODEC.decodeAnyForm(Hex.decode(vector.hex()));
        InvalidKind expectedRejection = REJECTED.get(vector.line());
        if (expectedRejection != null) {
            assertThat(frame).isInstanceOf(InvalidMessage.class);
            assertThat(((InvalidMessage) frame).kind()).isEqualTo(expectedRejection);
            return;
        }
        assertThat(frame).as("%s", frame).isInstanceOf(Jt808Message.class);
        Jt808Message message = (Jt808Message) frame;
        PositionInvariants.positions(message).forEach(PositionInvariants::check);
        EXPECTED.getOrDefault(vector.line(), m -> { }).accept(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encoderVectors")
    void encoderVectorsReEncodeByteForByte(Vector vector) {
        DecodedFrame frame = CODEC.decodeWire(Hex.decode(vector.hex()));
        assertThat(frame).isInstanceOf(Jt808Message.class);
        assertThat(Hex.encode(CODEC.encode((Jt808Message) frame))).isEqualTo(vector.hex().toLowerCase());
    }

    private static LocationReport first(Jt808Message message) {
        List<LocationReport> positions = PositionInvariants.positions(message);
        assertThat(positions).isNotEmpty();
        return positions.get(0);
    }

    /** A vendor item's value as an unsigned big-endian number (first two bytes). */
    private static int rawWord(LocationReport report, int id) {
        AdditionalItem item = report.item(id).orElseThrow(() -> new AssertionError("no item " + Hex.itemId(id)));
        byte[] value = ((AdditionalItem.Raw) item).value();
        return (value[0] & 0xff) << 8 | value[1] & 0xff;
    }
}

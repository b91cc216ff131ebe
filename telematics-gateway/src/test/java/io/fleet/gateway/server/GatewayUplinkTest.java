package io.fleet.gateway.server;

import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.RawBody;
import io.fleet.gateway.codec.message.location.LocationBatchUpload;
import io.fleet.gateway.codec.message.multimedia.MultimediaUpload;
import io.fleet.gateway.codec.message.terminal.EmptyBody;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.codec.message.terminal.RegistrationResponse;
import io.fleet.gateway.server.handler.UplinkEntry;
import io.lettuce.core.StreamMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.fleet.gateway.server.RedisFixture.field;
import static io.fleet.gateway.server.TestTerminal.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/** Registration, authentication and stored uplinks over real sockets against the real local Redis. */
class GatewayUplinkTest extends GatewayTestBase {

    private static final String NODE = "uplink-test-node";

    @BeforeAll
    static void start() throws InterruptedException {
        startGateway(prefix -> TestGateways.config(prefix, NODE));
    }

    private TestTerminal terminal(String headerPhone, ProtocolVersion version) throws Exception {
        return new TestTerminal(gateway.port(), headerPhone, version);
    }

    @Test
    void unknownTerminalIsRefusedRegistration() throws Exception {
        double before = TestGateways.metric(gateway, "fleet_gateway_auth_failures_total{reason=\"unknown_terminal\"}");
        try (TestTerminal terminal = terminal("013900000001", ProtocolVersion.V2013)) {
            int serial = terminal.send(terminal.registration());
            RegistrationResponse response = terminal.await(MessageIds.REGISTRATION_RESPONSE, WAIT)
                    .body(RegistrationResponse.class);
            assertThat(response.responseSerial()).isEqualTo(serial);
            assertThat(response.result()).isEqualTo(4);
            assertThat(response.authCode()).isNull();
        }
        assertThat(redis.string("auth:13900000001")).isNull();
        assertThat(TestGateways.metric(gateway, "fleet_gateway_auth_failures_total{reason=\"unknown_terminal\"}"))
                .isEqualTo(before + 1);
    }

    @Test
    void disabledTerminalIsRefusedAsNoSuchVehicle() throws Exception {
        redis.terminal("13900000002", "v-2", false);
        try (TestTerminal terminal = terminal("013900000002", ProtocolVersion.V2013)) {
            terminal.send(terminal.registration());
            assertThat(terminal.await(MessageIds.REGISTRATION_RESPONSE, WAIT).body(RegistrationResponse.class)
                    .result()).isEqualTo(2);
        }
    }

    @Test
    void locationIsInTheStreamBeforeItsAcknowledgement() throws Exception {
        redis.terminal("13900000003", "v-3", true);
        try (TestTerminal terminal = terminal("00000000013900000003", ProtocolVersion.V2019)) {
            String code = terminal.registerAndAuthenticate();
            assertThat(code).matches("[0-9a-f]{16}");
            assertThat(redis.string("auth:13900000003")).isEqualTo(code);
            assertThat(redis.string("session:13900000003")).isEqualTo(NODE);

            var location = TestTerminal.location(0);
            long sent = System.currentTimeMillis();
            int serial = terminal.send(location);
            GeneralResponse ack = terminal.awaitGeneralResponse(serial, WAIT);
            // Read the stream the moment the ack is here: the entry must already exist.
            List<StreamMessage<String, byte[]>> entries = redis.stream("positions");

            assertThat(ack.result()).isEqualTo(GeneralResponse.SUCCESS);
            assertThat(ack.responseMessageId()).isEqualTo(MessageIds.LOCATION_REPORT);
            StreamMessage<String, byte[]> entry = entries.stream()
                    .filter(e -> "13900000003".equals(field(e, "phone"))).findFirst().orElseThrow();
            assertThat(field(entry, "msgId")).isEqualTo("0200");
            assertThat(field(entry, "version")).isEqualTo("2019");
            assertThat(field(entry, "serial")).isEqualTo(Integer.toString(serial));
            assertThat(field(entry, "node")).isEqualTo(NODE);
            assertThat(Long.parseLong(field(entry, "rx"))).isBetween(sent, System.currentTimeMillis());
            byte[] expectedBody = UplinkEntry.bodyBytes(Jt808Message.of(ProtocolVersion.V2019,
                    "00000000013900000003", serial, location));
            assertThat(entry.getBody().get("body")).isEqualTo(expectedBody).hasSize(28);
        }
    }

    @Test
    void storedBodyIsTheBytesAsSentEvenWhereTheCodecCannotReproduceThem() throws Exception {
        redis.terminal("13900000014", "v-14", true);
        byte[] sent = UplinkEntry.bodyBytes(Jt808Message.of(ProtocolVersion.V2013, "013900000014", 1,
                TestTerminal.location(0)));
        // Month 13: the codec reads the time as null and would re-encode it as zeros.
        sent[23] = 0x13;
        try (TestTerminal terminal = terminal("013900000014", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            int serial = terminal.sendBody(MessageIds.LOCATION_REPORT, sent);
            assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
        }
        assertThat(redis.stream("positions")).filteredOn(e -> "13900000014".equals(field(e, "phone")))
                .singleElement().satisfies(e -> assertThat(e.getBody().get("body")).isEqualTo(sent));
    }

    @Test
    void locationWhoseBodyDoesNotDecodeIsStoredRawNotLost() throws Exception {
        redis.terminal("13900000015", "v-15", true);
        byte[] cut = Arrays.copyOf(UplinkEntry.bodyBytes(Jt808Message.of(ProtocolVersion.V2013, "013900000015", 1,
                TestTerminal.location(0))), 20);
        double malformed = TestGateways.metric(gateway,
                "fleet_gateway_decode_errors_total{kind=\"malformed_body\"}");
        try (TestTerminal terminal = terminal("013900000015", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            int serial = terminal.sendBody(MessageIds.LOCATION_REPORT, cut);
            assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
        }
        assertThat(redis.stream("positions")).filteredOn(e -> "13900000015".equals(field(e, "phone")))
                .singleElement().satisfies(e -> {
                    assertThat(field(e, "msgId")).isEqualTo("0200");
                    assertThat(e.getBody().get("body")).isEqualTo(cut);
                });
        assertThat(TestGateways.metric(gateway, "fleet_gateway_decode_errors_total{kind=\"malformed_body\"}"))
                .isEqualTo(malformed + 1);
    }

    @Test
    void wrongAuthCodeIsRefusedAndTheConnectionClosed() throws Exception {
        redis.terminal("13900000004", "v-4", true);
        try (TestTerminal terminal = terminal("013900000004", ProtocolVersion.V2013)) {
            String issued = terminal.register();
            int serial = terminal.send(terminal.authentication(issued + "0"));
            assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.FAILURE);
            assertThat(terminal.awaitClosed(WAIT)).isTrue();
        }
        assertThat(redis.string("session:13900000004")).isNull();
    }

    @Test
    void dataBeforeAuthenticationIsRefusedAndNotStored() throws Exception {
        redis.terminal("13900000005", "v-5", true);
        double dropped = TestGateways.metric(gateway, "fleet_gateway_dropped_before_auth_total");
        try (TestTerminal terminal = terminal("013900000005", ProtocolVersion.V2013)) {
            int serial = terminal.send(TestTerminal.location(0));
            assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.FAILURE);
            // The connection survives: registration still works on it.
            terminal.registerAndAuthenticate();
        }
        assertThat(redis.stream("positions")).noneMatch(e -> "13900000005".equals(field(e, "phone")));
        assertThat(TestGateways.metric(gateway, "fleet_gateway_dropped_before_auth_total")).isEqualTo(dropped + 1);
    }

    @Test
    void locationSentRightBehindTheAuthenticationIsHeldNotRefused() throws Exception {
        redis.terminal("13900000006", "v-6", true);
        try (TestTerminal terminal = terminal("013900000006", ProtocolVersion.V2013)) {
            String code = terminal.register();
            int authSerial = terminal.send(terminal.authentication(code));
            int locationSerial = terminal.send(TestTerminal.location(0));
            assertThat(terminal.awaitGeneralResponse(authSerial, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
            assertThat(terminal.awaitGeneralResponse(locationSerial, WAIT).result())
                    .isEqualTo(GeneralResponse.SUCCESS);
        }
    }

    @Test
    void newConnectionOfTheSameTerminalReplacesTheOld() throws Exception {
        redis.terminal("13900000007", "v-7", true);
        try (TestTerminal first = terminal("013900000007", ProtocolVersion.V2013);
             TestTerminal second = terminal("013900000007", ProtocolVersion.V2013)) {
            String code = first.registerAndAuthenticate();
            int serial = second.send(second.authentication(code));
            assertThat(second.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
            assertThat(first.awaitClosed(WAIT)).isTrue();
            // The old connection's close must not release the session the new one holds.
            int heartbeat = second.send(new EmptyBody(MessageIds.HEARTBEAT));
            assertThat(second.awaitGeneralResponse(heartbeat, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
            assertThat(redis.string("session:13900000007")).isEqualTo(NODE);
        }
    }

    @Test
    void batchUploadIsOneEntry() throws Exception {
        redis.terminal("13900000008", "v-8", true);
        try (TestTerminal terminal = terminal("013900000008", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            int serial = terminal.send(new LocationBatchUpload(LocationBatchUpload.BLIND_AREA,
                    List.of(TestTerminal.location(3), TestTerminal.location(2), TestTerminal.location(1))));
            assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
        }
        List<StreamMessage<String, byte[]>> batch = redis.stream("positions").stream()
                .filter(e -> "13900000008".equals(field(e, "phone"))).toList();
        assertThat(batch).hasSize(1);
        assertThat(field(batch.get(0), "msgId")).isEqualTo("0704");
        assertThat(field(batch.get(0), "version")).isEqualTo("2013");
        assertThat(batch.get(0).getBody().get("body")).startsWith(0, 3, 1);
    }

    @Test
    void corruptFrameGetsMessageErrorAndTheConnectionSurvives() throws Exception {
        redis.terminal("13900000009", "v-9", true);
        double before = TestGateways.metric(gateway, "fleet_gateway_decode_errors_total{kind=\"bad_checksum\"}");
        try (TestTerminal terminal = terminal("013900000009", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            int bad = terminal.sendWithBadChecksum(TestTerminal.location(0));
            assertThat(terminal.awaitGeneralResponse(bad, WAIT).result()).isEqualTo(GeneralResponse.MESSAGE_ERROR);
            terminal.sendRaw(new byte[] {0x7e, 0x01, 0x02, 0x7e, 0x7e});
            int good = terminal.send(TestTerminal.location(0));
            assertThat(terminal.awaitGeneralResponse(good, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
        }
        assertThat(TestGateways.metric(gateway, "fleet_gateway_decode_errors_total{kind=\"bad_checksum\"}"))
                .isEqualTo(before + 1);
        assertThat(TestGateways.metric(gateway, "fleet_gateway_decode_errors_total{kind=\"truncated\"}"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void threeOversizeFramesInARowCloseTheConnection() throws Exception {
        byte[] oversize = new byte[Jt808FrameDecoder.DEFAULT_MAX_FRAME_LENGTH + 10];
        Arrays.fill(oversize, (byte) 0x01);
        oversize[0] = 0x7e;
        oversize[oversize.length - 1] = 0x7e;
        try (TestTerminal terminal = terminal("013900000013", ProtocolVersion.V2013)) {
            for (int round = 0; round < 2; round++) {
                terminal.sendRaw(oversize);
                terminal.sendRaw(oversize);
                // A valid frame in between: the connection is alive and the count starts again.
                int heartbeat = terminal.send(new EmptyBody(MessageIds.HEARTBEAT));
                assertThat(terminal.awaitGeneralResponse(heartbeat, WAIT).result()).isEqualTo(GeneralResponse.FAILURE);
            }
            for (int i = 0; i < 3; i++) {
                terminal.sendRaw(oversize);
            }
            assertThat(terminal.awaitClosed(WAIT)).isTrue();
        }
    }

    @Test
    void eventsGoToTheEventsStream() throws Exception {
        redis.terminal("13900000010", "v-10", true);
        try (TestTerminal terminal = terminal("013900000010", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            int serial = terminal.send(new io.fleet.gateway.codec.message.text.TransparentData(0x41,
                    new byte[] {1, 2, 3}));
            assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
        }
        assertThat(redis.stream("events")).anySatisfy(e -> {
            assertThat(field(e, "phone")).isEqualTo("13900000010");
            assertThat(field(e, "msgId")).isEqualTo("0900");
            assertThat(e.getBody().get("body")).containsExactly(0x41, 1, 2, 3);
        });
    }

    @Test
    void multiPacketPhotoIsStoredReassembledAndAnsweredWith0x8800() throws Exception {
        redis.terminal("13900000012", "v-12", true);
        byte[] photo = new byte[2500];
        for (int i = 0; i < photo.length; i++) {
            photo[i] = (byte) (i * 7);
        }
        MultimediaUpload upload = new MultimediaUpload(77, 0, 0, 1, 1, TestTerminal.location(0), photo);
        try (TestTerminal terminal = terminal("013900000012", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            int firstSerial = terminal.sendInPackets(upload, 1000);

            Jt808Message answer = terminal.await(0x8800, WAIT);
            assertThat(((RawBody) answer.body()).bytes()).containsExactly(0, 0, 0, 77, 0);
            StreamMessage<String, byte[]> entry = redis.stream("events").stream()
                    .filter(e -> "13900000012".equals(field(e, "phone"))).findFirst().orElseThrow();
            assertThat(field(entry, "msgId")).isEqualTo("0801");
            assertThat(field(entry, "serial")).isEqualTo(Integer.toString(firstSerial));
            byte[] body = entry.getBody().get("body");
            assertThat(body).hasSize(8 + 28 + photo.length);
            assertThat(Arrays.copyOfRange(body, 36, body.length)).isEqualTo(photo);
        }
    }

    @Test
    void metricsAndHealthAreServed() throws Exception {
        double framesIn = TestGateways.metric(gateway, "fleet_gateway_frames_in_total{msg_id=\"0100\"}");
        try (TestTerminal terminal = terminal("013900000011", ProtocolVersion.V2013)) {
            terminal.send(terminal.registration());
            terminal.await(MessageIds.REGISTRATION_RESPONSE, WAIT);
            assertThat(TestGateways.metric(gateway, "fleet_gateway_connections")).isGreaterThanOrEqualTo(1);
        }
        assertThat(TestGateways.metric(gateway, "fleet_gateway_frames_in_total{msg_id=\"0100\"}"))
                .isEqualTo(framesIn + 1);
        assertThat(TestGateways.metric(gateway, "fleet_gateway_frames_out_total{msg_id=\"8100\"}"))
                .isGreaterThanOrEqualTo(1);
        var metrics = TestGateways.get(gateway, "/metrics");
        assertThat(metrics.headers().firstValue("content-type")).hasValueSatisfying(t -> t.startsWith("text/plain"));
        assertThat(metrics.body()).contains("# TYPE fleet_gateway_stream_write_seconds histogram",
                "fleet_gateway_stream_write_seconds_bucket{le=\"+Inf\"}", "fleet_gateway_connections_total");
        var health = TestGateways.get(gateway, "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(TestGateways.get(gateway, "/nope").statusCode()).isEqualTo(404);
    }
}

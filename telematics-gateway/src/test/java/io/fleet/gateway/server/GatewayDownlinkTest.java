package io.fleet.gateway.server;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.header.Subpackage;
import io.fleet.gateway.codec.message.SubpacketFragment;
import io.fleet.gateway.codec.message.location.LocationQueryResponse;
import io.fleet.gateway.codec.subpacket.PacketResendRequest;
import io.fleet.gateway.codec.message.multimedia.TakePhoto;
import io.fleet.gateway.codec.message.multimedia.TakePhotoResponse;
import io.fleet.gateway.codec.message.parameter.QueryParametersResponse;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.codec.message.text.TextMessage;
import io.fleet.gateway.server.redis.RedisLink;
import io.lettuce.core.StreamMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.fleet.gateway.server.RedisFixture.field;
import static io.fleet.gateway.server.TestTerminal.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/** Downlink commands from {@code downlink:{node}} to the socket and their outcomes in {@code downlink-replies}. */
class GatewayDownlinkTest extends GatewayTestBase {

    private static final String NODE = "downlink-test-node";

    @BeforeAll
    static void start() throws InterruptedException {
        startGateway(prefix -> TestGateways.config(prefix, NODE));
    }

    @Test
    void textCommandIsDeliveredAndItsGeneralResponseReported() throws Exception {
        redis.terminal("13900000101", "v-101", true);
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000101", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            String commandId = queue("013900000101", MessageIds.TEXT_MESSAGE,
                    encode(new TextMessage(TextMessage.DISPLAY, null, "请回车队")), 5000);

            Jt808Message command = terminal.await(MessageIds.TEXT_MESSAGE, WAIT);
            assertThat(command.body(TextMessage.class).text()).isEqualTo("请回车队");
            assertThat(command.header().phone()).isEqualTo("013900000101");
            terminal.send(GeneralResponse.fromTerminal(command.header().serial(), MessageIds.TEXT_MESSAGE,
                    GeneralResponse.SUCCESS));

            StreamMessage<String, byte[]> reply = awaitReply(commandId);
            assertThat(field(reply, "phone")).isEqualTo("13900000101");
            assertThat(field(reply, "result")).isEqualTo("ok");
            assertThat(field(reply, "replyMsgId")).isEqualTo("0001");
        }
    }

    @Test
    void takePhotoIsSettledByItsTypedAnswer() throws Exception {
        redis.terminal("13900000108", "v-108", true);
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000108", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            String commandId = queue("013900000108", MessageIds.TAKE_PHOTO,
                    encode(new TakePhoto(1, 1, 0, 0, 1, 5, 128, 64, 64, 127)), 5000);

            Jt808Message command = terminal.await(MessageIds.TAKE_PHOTO, WAIT);
            assertThat(command.body(TakePhoto.class).channel()).isEqualTo(1);
            terminal.send(new TakePhotoResponse(command.header().serial(), TakePhotoResponse.SUCCESS,
                    java.util.List.of(4242L)));

            StreamMessage<String, byte[]> reply = awaitReply(commandId);
            assertThat(field(reply, "result")).isEqualTo("ok");
            assertThat(field(reply, "replyMsgId")).isEqualTo("0805");
            assertThat(reply.getBody().get("replyBody")).hasSize(2 + 1 + 2 + 4);
        }
    }

    @Test
    void longTextGoesOutInPacketsAndA0x0005GetsAPacketAgain() throws Exception {
        redis.terminal("13900000109", "v-109", true);
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000109", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            byte[] body = encode(new TextMessage(TextMessage.DISPLAY, null, "请到市政府东门接人。".repeat(80)));
            assertThat(body.length).isGreaterThan(1023);
            String commandId = queue("013900000109", MessageIds.TEXT_MESSAGE, body, 5000);

            Jt808Message first = terminal.await(MessageIds.TEXT_MESSAGE, WAIT);
            Jt808Message second = terminal.await(MessageIds.TEXT_MESSAGE, WAIT);
            assertThat(first.header().subpackage()).isEqualTo(new Subpackage(2, 1));
            assertThat(second.header().subpackage()).isEqualTo(new Subpackage(2, 2));
            assertThat(second.header().serial()).isEqualTo((first.header().serial() + 1) & 0xffff);
            byte[] joined = new byte[body.length];
            byte[] part1 = first.body(SubpacketFragment.class).bytes();
            byte[] part2 = second.body(SubpacketFragment.class).bytes();
            System.arraycopy(part1, 0, joined, 0, part1.length);
            System.arraycopy(part2, 0, joined, part1.length, part2.length);
            assertThat(joined).isEqualTo(body);

            int request = terminal.send(new PacketResendRequest(first.header().serial(), java.util.List.of(2)));
            assertThat(terminal.awaitGeneralResponse(request, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
            Jt808Message again = terminal.await(MessageIds.TEXT_MESSAGE, WAIT);
            assertThat(again.header().serial()).isEqualTo(second.header().serial());
            assertThat(again.body(SubpacketFragment.class).bytes()).isEqualTo(part2);

            // Answered packet by packet: settled once both are.
            terminal.send(GeneralResponse.fromTerminal(first.header().serial(), MessageIds.TEXT_MESSAGE,
                    GeneralResponse.SUCCESS));
            terminal.send(GeneralResponse.fromTerminal(second.header().serial(), MessageIds.TEXT_MESSAGE,
                    GeneralResponse.SUCCESS));
            assertThat(field(awaitReply(commandId), "result")).isEqualTo("ok");
            assertThat(replies(commandId)).hasSize(1);
        }
        assertThat(TestGateways.metric(gateway, "fleet_gateway_downlink_subpackets_total{msg_id=\"8300\"}"))
                .isEqualTo(1);
    }

    @Test
    void parameterQueryIsMatchedToItsAnswerBySerial() throws Exception {
        redis.terminal("13900000102", "v-102", true);
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "00000000013900000102", ProtocolVersion.V2019)) {
            terminal.registerAndAuthenticate();
            String commandId = queue("13900000102", MessageIds.QUERY_PARAMETERS, new byte[0], 5000);

            Jt808Message command = terminal.await(MessageIds.QUERY_PARAMETERS, WAIT);
            assertThat(command.header().version2019()).isTrue();
            // An answer to some other serial settles nothing.
            terminal.send(new QueryParametersResponse((command.header().serial() + 1) & 0xffff, java.util.List.of()));
            terminal.send(new QueryParametersResponse(command.header().serial(), java.util.List.of()));

            StreamMessage<String, byte[]> reply = awaitReply(commandId);
            assertThat(field(reply, "result")).isEqualTo("ok");
            assertThat(field(reply, "replyMsgId")).isEqualTo("0104");
            ByteBuf serialAndCount = Unpooled.buffer().writeShort(command.header().serial()).writeByte(0);
            assertThat(reply.getBody().get("replyBody")).isEqualTo(ByteBufUtil.getBytes(serialAndCount));
            assertThat(replies(commandId)).hasSize(1);
        }
    }

    @Test
    void locationQueryAnswerIsReportedAndStoredAsAPosition() throws Exception {
        redis.terminal("13900000107", "v-107", true);
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000107", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            String commandId = queue("13900000107", MessageIds.LOCATION_QUERY, new byte[0], 5000);
            Jt808Message query = terminal.await(MessageIds.LOCATION_QUERY, WAIT);
            int answerSerial = terminal.send(new LocationQueryResponse(query.header().serial(),
                    TestTerminal.location(0)));

            StreamMessage<String, byte[]> reply = awaitReply(commandId);
            assertThat(field(reply, "result")).isEqualTo("ok");
            assertThat(field(reply, "replyMsgId")).isEqualTo("0201");
            assertThat(redis.awaitEntries("positions", 1, WAIT)).anySatisfy(e -> {
                assertThat(field(e, "msgId")).isEqualTo("0201");
                assertThat(field(e, "serial")).isEqualTo(Integer.toString(answerSerial));
                assertThat(e.getBody().get("body")).isEqualTo(reply.getBody().get("replyBody"));
            });
        }
    }

    @Test
    void unansweredCommandTimesOut() throws Exception {
        redis.terminal("13900000103", "v-103", true);
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000103", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            // Long enough for the command to be read in time on a loaded machine, short enough for a quick test.
            String commandId = queue("013900000103", MessageIds.QUERY_PARAMETERS, new byte[0], 1500);
            terminal.await(MessageIds.QUERY_PARAMETERS, WAIT);

            StreamMessage<String, byte[]> reply = awaitReply(commandId);
            assertThat(field(reply, "result")).isEqualTo("timeout");
            assertThat(reply.getBody()).doesNotContainKey("replyMsgId");
        }
    }

    @Test
    void commandForATerminalNotConnectedHereIsOffline() {
        String commandId = queue("013900000104", MessageIds.QUERY_PARAMETERS, new byte[0], 5000);
        assertThat(field(awaitReply(commandId), "result")).isEqualTo("offline");
    }

    @Test
    void commandPendingWhenTheConnectionClosesIsOffline() throws Exception {
        redis.terminal("13900000105", "v-105", true);
        String commandId;
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000105", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            commandId = queue("013900000105", MessageIds.QUERY_PARAMETERS, new byte[0], 10_000);
            terminal.await(MessageIds.QUERY_PARAMETERS, WAIT);
        }
        assertThat(field(awaitReply(commandId), "result")).isEqualTo("offline");
    }

    @Test
    void unsupportedAnswerIsReportedAsSuch() throws Exception {
        redis.terminal("13900000106", "v-106", true);
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000106", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            String commandId = queue("013900000106", 0x8500, new byte[] {0x01}, 5000);
            Jt808Message command = terminal.await(0x8500, WAIT);
            terminal.send(GeneralResponse.fromTerminal(command.header().serial(), 0x8500,
                    GeneralResponse.NOT_SUPPORTED));
            assertThat(field(awaitReply(commandId), "result")).isEqualTo("unsupported");
        }
        assertThat(TestGateways.metric(gateway, "fleet_gateway_downlink_commands_total{result=\"unsupported\"}"))
                .isGreaterThanOrEqualTo(1);
    }

    private static byte[] encode(io.fleet.gateway.codec.message.MessageBody body) {
        ByteBuf out = Unpooled.buffer();
        BodyCodecRegistry.standard().encode(body, out, Jt808Message.of(ProtocolVersion.V2013, "0", 0, body).header());
        return ByteBufUtil.getBytes(out);
    }

    /** Queues a command the way dispatch-service does; returns its commandId. */
    private static String queue(String phone, int messageId, byte[] body, long timeoutMs) {
        String commandId = UUID.randomUUID().toString();
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("commandId", RedisLink.bytes(commandId));
        fields.put("phone", RedisLink.bytes(phone));
        fields.put("msgId", RedisLink.bytes(String.format("%04x", messageId)));
        fields.put("body", body);
        fields.put("timeoutMs", RedisLink.bytes(Long.toString(timeoutMs)));
        redis.redis.xadd(redis.prefix + "downlink:" + NODE, fields);
        return commandId;
    }

    private static java.util.List<StreamMessage<String, byte[]>> replies(String commandId) {
        return redis.stream("downlink-replies").stream().filter(e -> commandId.equals(field(e, "commandId"))).toList();
    }

    private static StreamMessage<String, byte[]> awaitReply(String commandId) {
        Optional<StreamMessage<String, byte[]>> reply = RedisFixture.poll(
                () -> replies(commandId).stream().findFirst(), Optional::isPresent, Duration.ofSeconds(5));
        return reply.orElseThrow(() -> new AssertionError("no reply for command " + commandId));
    }
}

package io.fleet.dispatch.terminal.command;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.fleet.dispatch.account.AccountRole;
import io.fleet.dispatch.redis.RedisConfig;
import io.fleet.dispatch.support.Api;
import io.fleet.dispatch.support.Operators;
import io.fleet.gateway.codec.frame.Jt808FrameDecoder;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.codec.message.terminal.TerminalControl;
import io.fleet.gateway.codec.message.text.TextMessage;
import io.fleet.gateway.server.GatewayConfig;
import io.fleet.gateway.server.GatewayServer;
import io.fleet.protocoltests.simulator.ScriptedTerminal;
import io.netty.channel.nio.NioEventLoopGroup;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Remote commands end to end: the API queues a command on the downlink stream of the gateway node holding the
 * terminal (a real gateway in this process, same Redis and prefix), the gateway sends it over TCP to a simulated
 * terminal (protocol-tests' ScriptedTerminal), the terminal answers, and the reply consumer records the outcome.
 * Dangerous commands wait for a second person; the requester cannot approve, a rejected or expired one is never sent.
 */
@QuarkusTest
class TerminalCommandTest {

    @Inject
    RedisConfig redis;
    @Inject
    DataSource dataSource;
    @Inject
    CommandExpiry expiry;

    @Test
    void plainAndDangerousCommandsThroughTheGatewayToATerminal() throws Exception {
        long city = Api.organisation(null, "CITY_BUREAU");
        long district = Api.organisation(city, "DISTRICT_BUREAU");
        long otherDistrict = Api.organisation(city, "DISTRICT_BUREAU");
        String phone = Long.toString(14_600_000_000L + ThreadLocalRandom.current().nextLong(100_000_000));
        long terminal = terminal(district, phone);
        long offlineTerminal = terminal(district, Long.toString(Long.parseLong(phone) + 1));

        String dispatcher = Operators.token(9101, "disp-a", Set.of(AccountRole.DISPATCHER), district);
        String requester = Operators.token(9102, "sup-a", Set.of(AccountRole.SUPERVISOR), district);
        String approver = Operators.token(9103, "sup-b", Set.of(AccountRole.SUPERVISOR), city);
        String foreignSupervisor = Operators.token(9104, "sup-c", Set.of(AccountRole.SUPERVISOR), otherDistrict);

        NioEventLoopGroup loop = new NioEventLoopGroup(1);
        try (GatewayServer gateway = GatewayServer.start(new GatewayConfig("127.0.0.1", 0, 0, redis.url(),
                redis.prefix(), "commands", Duration.ofSeconds(60), 3, 1_000,
                Jt808FrameDecoder.DEFAULT_MAX_FRAME_LENGTH, 32, 10_000, Duration.ofSeconds(2)));
             ScriptedTerminal car = connect(loop, gateway.port(), phone)) {

            // a plain command goes at once: text to the driver, GBK-encoded by the codec
            JsonPath text = given().header("Authorization", "Bearer " + dispatcher).contentType(ContentType.JSON)
                    .body(Map.of("type", "TEXT_MESSAGE", "text", "请到东门接王处长", "tts", true))
                    .post("/api/terminals/" + terminal + "/commands").then().statusCode(201)
                    .body("dangerous", equalTo(false)).body("msgId", equalTo("0x8300"))
                    .body("requestedBy", equalTo("disp-a")).extract().jsonPath();
            long textId = text.getLong("id");
            Jt808Message received = car.nextCommand();
            assertThat(received.messageId()).isEqualTo(0x8300);
            assertThat(((TextMessage) received.body()).text()).isEqualTo("请到东门接王处长");
            assertThat(((TextMessage) received.body()).flags() & TextMessage.TTS).isNotZero();
            car.answer(received, GeneralResponse.SUCCESS);
            awaitStatus(textId, "OK");
            given().get("/api/terminal-commands/" + textId).then().body("replyMsgId", equalTo("0x0001"));
            assertThat(auditActions(textId)).containsExactly("COMMAND_REQUEST", "COMMAND_SENT", "COMMAND_OK");

            // a dangerous one (reset) waits for a second person
            long reset = given().header("Authorization", "Bearer " + requester).contentType(ContentType.JSON)
                    .body(Map.of("type", "TERMINAL_CONTROL", "command", TerminalControl.RESET))
                    .post("/api/terminals/" + terminal + "/commands").then().statusCode(201)
                    .body("dangerous", equalTo(true)).body("status", equalTo("PENDING_APPROVAL"))
                    .extract().jsonPath().getLong("id");
            given().header("Authorization", "Bearer " + requester).get("/api/terminal-commands?status=PENDING_APPROVAL")
                    .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem((int) reset));
            // the requester may not approve their own command; a dispatcher may not approve at all; another
            // district's supervisor does not see it
            given().header("Authorization", "Bearer " + requester).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/terminal-commands/" + reset + "/approve").then().statusCode(403)
                    .body("type", equalTo(CommandService.TWO_PERSON_RULE));
            given().header("Authorization", "Bearer " + dispatcher).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/terminal-commands/" + reset + "/approve").then().statusCode(403);
            given().header("Authorization", "Bearer " + foreignSupervisor).contentType(ContentType.JSON)
                    .body(Map.of()).post("/api/terminal-commands/" + reset + "/approve").then().statusCode(404);
            given().get("/api/terminal-commands/" + reset).then().body("status", equalTo("PENDING_APPROVAL"));

            given().header("Authorization", "Bearer " + approver).contentType(ContentType.JSON)
                    .body(Map.of("reason", "终端死机, 已电话确认")).post("/api/terminal-commands/" + reset + "/approve")
                    .then().statusCode(200).body("decidedBy", equalTo("sup-b"));
            Jt808Message control = car.nextCommand();
            assertThat(control.messageId()).as("nothing was sent before the approval").isEqualTo(0x8105);
            assertThat(((TerminalControl) control.body()).command()).isEqualTo(TerminalControl.RESET);
            car.answer(control, GeneralResponse.SUCCESS);
            awaitStatus(reset, "OK");
            given().header("Authorization", "Bearer " + approver).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/terminal-commands/" + reset + "/approve").then().statusCode(409);
            assertThat(auditActions(reset)).containsExactly("COMMAND_REQUEST", "COMMAND_APPROVE", "COMMAND_APPROVE",
                    "COMMAND_SENT", "COMMAND_OK");
            List<Map<String, Object>> approvals = given().get("/api/audit?resourceType=terminal-command&resourceId="
                    + reset + "&action=COMMAND_APPROVE").then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(approvals).extracting(r -> r.get("username") + " " + r.get("outcome"))
                    .containsExactly("sup-b OK", "sup-a REFUSED_SAME_PERSON");

            // rejected: never sent
            long cutOff = dangerous(requester, terminal, Map.of("type", "VEHICLE_CONTROL", "flags", 1));
            given().header("Authorization", "Bearer " + approver).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/terminal-commands/" + cutOff + "/reject").then().statusCode(400)
                    .body("violations[0].field", equalTo("reason"));
            given().header("Authorization", "Bearer " + approver).contentType(ContentType.JSON)
                    .body(Map.of("reason", "车辆在高速上")).post("/api/terminal-commands/" + cutOff + "/reject")
                    .then().statusCode(200).body("status", equalTo("REJECTED"));

            // expired: nobody approved in time, and it cannot be approved afterwards
            long powerOff = dangerous(requester, terminal, Map.of("type", "TERMINAL_CONTROL", "command", 3));
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE terminal_command SET expires_at = now() - interval '1 second' WHERE id = "
                        + powerOff);
            }
            assertThat(expiry.expire()).isGreaterThanOrEqualTo(1);
            given().get("/api/terminal-commands/" + powerOff).then().body("status", equalTo("EXPIRED"));
            given().header("Authorization", "Bearer " + approver).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/terminal-commands/" + powerOff + "/approve").then().statusCode(409);
            assertThat(auditActions(powerOff)).containsExactly("COMMAND_REQUEST", "COMMAND_EXPIRED");

            // the terminal got nothing of the rejected and expired commands: the next thing it hears is this query
            long query = given().contentType(ContentType.JSON).body(Map.of("type", "LOCATION_QUERY"))
                    .post("/api/terminals/" + terminal + "/commands").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            Jt808Message next = car.nextCommand();
            assertThat(next.messageId()).isEqualTo(0x8201);
            car.answer(next, GeneralResponse.NOT_SUPPORTED);
            awaitStatus(query, "UNSUPPORTED");

            // a terminal connected nowhere
            given().contentType(ContentType.JSON).body(Map.of("type", "QUERY_PARAMETERS"))
                    .post("/api/terminals/" + offlineTerminal + "/commands").then().statusCode(201)
                    .body("status", equalTo("OFFLINE"));

            // another district's supervisor sees neither the terminal nor its commands
            given().header("Authorization", "Bearer " + foreignSupervisor).contentType(ContentType.JSON)
                    .body(Map.of("type", "LOCATION_QUERY")).post("/api/terminals/" + terminal + "/commands")
                    .then().statusCode(404);
            given().header("Authorization", "Bearer " + foreignSupervisor).get("/api/terminals/" + terminal
                    + "/commands").then().statusCode(404);
            given().header("Authorization", "Bearer " + foreignSupervisor).get("/api/terminal-commands/" + textId)
                    .then().statusCode(404);
            assertThat(given().header("Authorization", "Bearer " + foreignSupervisor).get("/api/terminal-commands")
                    .then().statusCode(200).extract().jsonPath().getList("terminalId", Long.class))
                    .doesNotContain(terminal);
            assertThat(given().get("/api/terminals/" + terminal + "/commands").then().statusCode(200).extract()
                    .jsonPath().getList("id", Long.class)).containsExactly(query, powerOff, cutOff, reset, textId);
        } finally {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void badCommandsAreRefusedNamingTheField() {
        long org = Api.organisation(null, "CITY_BUREAU");
        long terminal = terminal(org, Long.toString(14_700_000_000L
                + ThreadLocalRandom.current().nextLong(100_000_000)));
        String path = "/api/terminals/" + terminal + "/commands";
        refused(path, Map.of("type", "TEXT_MESSAGE"), "text");
        refused(path, Map.of("type", "TEXT_MESSAGE", "text", "emoji 🚗 is not GBK"), "text");
        refused(path, Map.of("type", "TEXT_MESSAGE", "text", "x".repeat(1025)), "text");
        refused(path, Map.of("type", "TEXT_MESSAGE", "text", "a\u0000b"), "text");
        refused(path, Map.of("type", "TERMINAL_CONTROL", "command", 9), "command");
        refused(path, Map.of("type", "TERMINAL_CONTROL", "command", 4, "commandParameters", "x"), "commandParameters");
        refused(path, Map.of("type", "SET_PARAMETERS", "parameters", List.of(Map.of("id", "0x9999", "value", 1))),
                "parameters[0].id");
        refused(path, Map.of("type", "SET_PARAMETERS", "parameters", List.of(Map.of("id", "1", "value", "30"))),
                "parameters[0].value");
        refused(path, Map.of("type", "SET_PARAMETERS", "parameters", List.of(Map.of("id", "0x0084", "value", 256))),
                "parameters[0].value");
        refused(path, Map.of("type", "VEHICLE_CONTROL", "flags", 1, "edition", "2019"), "edition");
        refused(path, Map.of("type", "VEHICLE_CONTROL", "flags", 300), "flags");
        given().contentType(ContentType.JSON).body(Map.of("type", "REBOOT_EVERYTHING")).post(path).then()
                .statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("type", "LOCATION_QUERY"))
                .post("/api/terminals/999999999/commands").then().statusCode(404);
        given().get("/api/terminal-commands?status=NOPE").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        // setting the server address is dangerous: it would move the terminal to another platform
        given().header("Authorization", "Bearer " + Operators.rootToken(9201, "sup-x", Set.of(AccountRole.SUPERVISOR)))
                .contentType(ContentType.JSON).body(Map.of("type", "SET_PARAMETERS", "parameters",
                        List.of(Map.of("id", "0x0013", "value", "evil.example.com"))))
                .post(path).then().statusCode(201).body("dangerous", equalTo(true))
                .body("status", equalTo("PENDING_APPROVAL"));
    }

    private static void refused(String path, Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo(field));
    }

    private static long dangerous(String token, long terminal, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .post("/api/terminals/" + terminal + "/commands").then().statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL")).extract().jsonPath().getLong("id");
    }

    private static long terminal(long org, String phone) {
        long vehicle = Api.vehicle(org, Api.uniquePlate());
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone, "vehicleId", vehicle))
                .post("/api/terminals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The actions of a command in the audit log, oldest first. */
    private static List<String> auditActions(long command) {
        List<String> newestFirst = given().get("/api/audit?resourceType=terminal-command&resourceId=" + command)
                .then().statusCode(200).extract().jsonPath().getList("items.action");
        List<String> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static void awaitStatus(long command, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String now = null;
        while (System.nanoTime() < deadline) {
            now = given().get("/api/terminal-commands/" + command).then().statusCode(200).extract().path("status");
            if (status.equals(now)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("command " + command + " is " + now + ", not " + status);
    }

    /** As a real terminal does, registration is retried while the gateway's registry mirror catches up. */
    private static ScriptedTerminal connect(NioEventLoopGroup loop, int port, String phone) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return ScriptedTerminal.connect(loop, "127.0.0.1", port, phone, ProtocolVersion.V2013, 4,
                        Duration.ofSeconds(20));
            } catch (IOException e) {
                if (attempt >= 10 || !String.valueOf(e.getMessage()).contains("registration refused")) {
                    throw e;
                }
                Thread.sleep(1_000);
            }
        }
    }
}

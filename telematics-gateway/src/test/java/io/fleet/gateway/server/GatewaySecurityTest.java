package io.fleet.gateway.server;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.codec.message.security.RsaPublicKey;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.server.handler.UplinkEntry;
import io.lettuce.core.StreamMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;

import static io.fleet.gateway.server.RedisFixture.field;
import static io.fleet.gateway.server.TestTerminal.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RSA (0x0A00 / 0x8A00 and encrypted bodies) against a gateway holding a platform key, and the replay filter:
 * over real sockets and the real local Redis.
 */
class GatewaySecurityTest extends GatewayTestBase {

    private static Path keyFile;
    private static KeyPair terminalKeys;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        KeyPair platform = generator.generateKeyPair();
        terminalKeys = generator.generateKeyPair();
        keyFile = Files.createTempFile("fleet-gateway-test", ".pem");
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                platform.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        startGateway(prefix -> TestGateways.config(prefix, "security-test-node").withRsaKeyFile(keyFile.toString()));
    }

    @AfterAll
    static void removeKey() throws Exception {
        Files.deleteIfExists(keyFile);
    }

    @Test
    void terminalKeyIsAnsweredWithThePlatformKeyAndEncryptedReportsAreStoredDecrypted() throws Exception {
        redis.terminal("13900000301", "v-301", true);
        LocationReport report = TestTerminal.location(0);
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000301", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            terminal.send(RsaPublicKey.terminal((RSAPublicKey) terminalKeys.getPublic()));
            RsaPublicKey platform = terminal.await(MessageIds.PLATFORM_RSA_KEY, WAIT).body(RsaPublicKey.class);
            RSAPublicKey platformKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(platform.modulusValue(), BigInteger.valueOf(platform.exponent())));

            int serial = terminal.sendEncrypted(report, platformKey);
            assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
        }
        byte[] plain = UplinkEntry.bodyBytes(Jt808Message.of(ProtocolVersion.V2013, "013900000301", 1, report));
        assertThat(redis.stream("positions")).filteredOn(e -> "13900000301".equals(field(e, "phone")))
                .singleElement().satisfies(e -> assertThat(e.getBody().get("body")).isEqualTo(plain));
    }

    @Test
    void bodyEncryptedWithAnotherKeyIsRefusedCountedAndNotStored() throws Exception {
        redis.terminal("13900000302", "v-302", true);
        double before = TestGateways.metric(gateway, "fleet_gateway_decode_errors_total{kind=\"undecryptable\"}");
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000302", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            int serial = terminal.sendEncrypted(TestTerminal.location(0), (RSAPublicKey) terminalKeys.getPublic());
            assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.MESSAGE_ERROR);
        }
        assertThat(redis.stream("positions")).noneMatch(e -> "13900000302".equals(field(e, "phone")));
        assertThat(TestGateways.metric(gateway, "fleet_gateway_decode_errors_total{kind=\"undecryptable\"}"))
                .isEqualTo(before + 1);
    }

    @Test
    void repeatedFrameIsAcknowledgedAgainButStoredOnce() throws Exception {
        redis.terminal("13900000303", "v-303", true);
        double duplicates = TestGateways.metric(gateway, "fleet_gateway_duplicates_total");
        LocationReport report = TestTerminal.location(1);
        try (TestTerminal terminal = new TestTerminal(gateway.port(), "013900000303", ProtocolVersion.V2013)) {
            terminal.registerAndAuthenticate();
            int serial = terminal.send(report);
            assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
            terminal.resend(report, serial);
            assertThat(terminal.awaitGeneralResponse(serial, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
            // Same content under a new serial is a new message (a terminal may report the same fix twice).
            int next = terminal.send(report);
            assertThat(terminal.awaitGeneralResponse(next, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
        }
        // A replay on a new connection (after authenticating again) is caught too.
        try (TestTerminal again = new TestTerminal(gateway.port(), "013900000303", ProtocolVersion.V2013)) {
            again.registerAndAuthenticate();
            int firstSerial = 1 + 2; // registration and authentication used serials 1 and 2 on the first connection
            again.resend(report, firstSerial);
            assertThat(again.awaitGeneralResponse(firstSerial, WAIT).result()).isEqualTo(GeneralResponse.SUCCESS);
        }
        List<StreamMessage<String, byte[]>> stored = redis.stream("positions").stream()
                .filter(e -> "13900000303".equals(field(e, "phone"))).toList();
        assertThat(stored).hasSize(2);
        assertThat(TestGateways.metric(gateway, "fleet_gateway_duplicates_total")).isEqualTo(duplicates + 2);
    }
}

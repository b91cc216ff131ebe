package io.fleet.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fleet.gateway.codec.Jt808Codec;
import io.fleet.gateway.json.MessageJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecodeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DecodeCommand command = new DecodeCommand(Jt808Codec.standard(), new MessageJson());

    /** jt808-server JT808.txt line 13: a 2013 location report with items. */
    private static final String LOCATION_2013 = "7e0200007c0123456789017fff000004000000080006eeb6ad02633df70138000300632007"
            + "0719235901040000000b02020016030200210402002c051e37373700000000000000000000000000000000000000000000000000"
            + "00001105420000004212064d0000004d4d1307000000580058582504000000632a02000a2b040000001430011e3101286b7e";

    @Test
    void locationReportContract() throws Exception {
        DecodeCommand.Result result = command.decodeLine(LOCATION_2013);
        assertThat(result.rejected()).isFalse();
        JsonNode json = JSON.readTree(result.json());
        assertThat(json.get("msgId").asText()).isEqualTo("0x0200");
        assertThat(json.get("version").asText()).isEqualTo("2013");
        assertThat(json.get("phone").asText()).isEqualTo("012345678901");
        assertThat(json.get("serial").asInt()).isEqualTo(0x7fff);
        assertThat(json.get("subpackage").isNull()).isTrue();
        JsonNode body = json.get("body");
        assertThat(body.get("alarm").asLong()).isEqualTo(1024);
        assertThat(body.get("status").asLong()).isEqualTo(2048);
        assertThat(body.get("latitude").asDouble()).isEqualTo(116.307629);
        assertThat(body.get("longitude").asDouble()).isEqualTo(40.058359);
        assertThat(body.get("altitudeM").asInt()).isEqualTo(312);
        assertThat(body.get("speedKmh").asDouble()).isEqualTo(0.3);
        assertThat(body.get("course").asInt()).isEqualTo(99);
        assertThat(body.get("time").asText()).isEqualTo("2020-07-07T19:23:59+08:00");
        assertThat(body.get("mileageKm").asDouble()).isEqualTo(1.1);
        assertThat(body.get("fuelL").asDouble()).isEqualTo(2.2);
        assertThat(body.get("signal").asInt()).isEqualTo(30);
        assertThat(body.get("satellites").asInt()).isEqualTo(40);
        assertThat(body.get("extras").get("0x03").get("recorderSpeedKmh").asDouble()).isEqualTo(3.3);
        assertThat(body.get("extras").get("0x25").get("extendedSignals").asLong()).isEqualTo(99);
        assertThat(body.get("extras").get("0x05").asText()).startsWith("373737");
        assertThat(body.get("extras").get("0x11").get("areaId").asLong()).isEqualTo(0x42);
        assertThat(body.get("alarmFlags").get(0).asText()).isEqualTo("TTS_FAULT");
    }

    @Test
    void acceptsInputWithoutDelimitersAndAlreadyUnescaped() throws Exception {
        String inner = LOCATION_2013.substring(2, LOCATION_2013.length() - 2);
        assertThat(command.decodeLine(inner).rejected()).isFalse();
        // an authentication whose code holds raw 0x7e and 0x7d, given unescaped (as Traccar's decoder tests do)
        String header = "01020006" + "013912345678" + "0001";
        String body = "7e7d" + "41424344";
        String content = header + body;
        int xor = 0;
        for (byte b : io.fleet.gateway.codec.field.Hex.decode(content)) {
            xor ^= b;
        }
        String raw = "7e" + content + String.format("%02x", xor & 0xff) + "7e";
        DecodeCommand.Result result = command.decodeLine(raw);
        assertThat(result.rejected()).isFalse();
        assertThat(JSON.readTree(result.json()).get("body").get("authCode").asText()).isEqualTo("~}ABCD");
    }

    @Test
    void registrationAndAuthenticationContract() throws Exception {
        // jt808-server JT808.txt lines 4 and 6 (2019 layouts)
        JsonNode registration = JSON.readTree(command.decodeLine("7e010040550112345678901234567890ffff001f0073797a6800"
                + "000000000000007777772e6a74743830382e636e0000000000000000000000000000000000303938373635343332313039"
                + "38373635343332310000000000000000000001b2e241383838383838227e").json());
        assertThat(registration.get("version").asText()).isEqualTo("2019");
        assertThat(registration.get("phone").asText()).isEqualTo("12345678901234567890");
        JsonNode body = registration.get("body");
        assertThat(body.get("province").asInt()).isEqualTo(31);
        assertThat(body.get("city").asInt()).isEqualTo(115);
        assertThat(body.get("maker").asText()).isEqualTo("yzh");
        assertThat(body.get("model").asText()).isEqualTo("www.jtt808.cn");
        assertThat(body.get("terminalId").asText()).isEqualTo("09876543210987654321");
        assertThat(body.get("plateColor").asInt()).isEqualTo(1);
        assertThat(body.get("plate").asText()).isEqualTo("测A888888");

        JsonNode auth = JSON.readTree(command.decodeLine("7e010240500100000000017299841738ffff2c706d59477a47756b4f38"
                + "4b345a356c70494f5467386471623365707259614842625853504c7464627947383d31323334353637383930313233343533"
                + "2e372e31350000000000000000000000000000347e").json()).get("body");
        assertThat(auth.get("authCode").asText()).isEqualTo("pmYGzGukO8K4Z5lpIOTg8dqb3epr YaHBbXSPLtdbyG8=".replace(" ", ""));
        assertThat(auth.get("imei").asText()).isEqualTo("123456789012345");
        assertThat(auth.get("softwareVersion").asText()).isEqualTo("3.7.15");
    }

    @Test
    void registration2011Layout() throws Exception {
        // traccar Jt808ProtocolDecoderTest line 222: 33-byte body
        JsonNode json = JSON.readTree(command.decodeLine("7E01000021013345678906000F002C012F373031313142534A2D4D"
                + "3742203030303030303001D4C1423838383838B47E").json());
        assertThat(json.get("version").asText()).isEqualTo("2011");
        assertThat(json.get("body").get("model").asText()).isEqualTo("BSJ-M7B ");
        assertThat(json.get("body").get("plate").asText()).isEqualTo("粤B88888");
    }

    @Test
    void rejectedFramesPrintErrorAndKind() throws Exception {
        DecodeCommand.Result result = command.decodeLine(LOCATION_2013.replace("286b7e", "296b7e"));
        assertThat(result.rejected()).isTrue();
        JsonNode json = JSON.readTree(result.json());
        assertThat(json.get("kind").asText()).isIn("bad_checksum");
        assertThat(json.get("error").asText()).contains("check code");
        assertThat(JSON.readTree(command.decodeLine("7e0200zz7e").json()).get("kind").asText()).isEqualTo("bad_input");
        assertThat(JSON.readTree(command.decodeLine("7e02007d037e").json()).get("kind").asText()).isEqualTo("bad_escape");
    }

    @Test
    void exitStatusIsOneWhenAnyFrameWasRejected() {
        DecodeCommand.Result ok = new DecodeCommand.Result("{}", false);
        DecodeCommand.Result bad = new DecodeCommand.Result("{}", true);
        assertThat(DecodeCommand.exitStatus(List.of(ok, ok))).isZero();
        assertThat(DecodeCommand.exitStatus(List.of(ok, bad))).isEqualTo(1);
        assertThat(DecodeCommand.exitStatus(List.of())).isZero();
    }

    @Test
    void runReadsArgumentsOrStdinLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = command.run(new String[] {LOCATION_2013}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);

        out.reset();
        String stdin = LOCATION_2013 + "\n\n" + "7e0001000501234567890100017b7e\n";
        status = command.run(new String[0], new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
    }
}

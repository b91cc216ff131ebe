package io.fleet.gateway.codec.message.terminal;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.fleet.gateway.codec.CodecAssertions.decode;
import static io.fleet.gateway.codec.CodecAssertions.encode;
import static io.fleet.gateway.codec.CodecAssertions.frame2013;
import static io.fleet.gateway.codec.CodecAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

class TerminalCodecsTest {

    @ParameterizedTest
    @EnumSource(value = ProtocolVersion.class, names = {"V2013", "V2019"})
    void generalResponsesBothWays(ProtocolVersion version) {
        GeneralResponse terminal = GeneralResponse.fromTerminal(7, 0x8103, GeneralResponse.SUCCESS);
        GeneralResponse platform = GeneralResponse.fromPlatform(8, 0x0200, GeneralResponse.ALARM_CONFIRMED);
        assertThat(roundTrip(version, terminal)).isEqualTo(terminal);
        assertThat(roundTrip(version, platform)).isEqualTo(platform);
    }

    @Test
    void heartbeatAndLogoutHaveEmptyBodies() {
        assertThat(roundTrip(ProtocolVersion.V2013, new EmptyBody(0x0002))).isEqualTo(new EmptyBody(0x0002));
        assertThat(roundTrip(ProtocolVersion.V2019, new EmptyBody(0x0003))).isEqualTo(new EmptyBody(0x0003));
        // traccar Jt808ProtocolDecoderTest line 344: a real heartbeat
        assertThat(decode("7e0002000004304832546500b7ca7e").body()).isEqualTo(new EmptyBody(0x0002));
    }

    @ParameterizedTest
    @EnumSource(ProtocolVersion.class)
    void registrationInEveryLayoutWithGbkPlate(ProtocolVersion layout) {
        TerminalRegistration registration = new TerminalRegistration(layout, 42, 100, "FLEET", "M-1",
                "T000001", 1, "京A12345");
        TerminalRegistration back = roundTrip(layout, registration);
        assertThat(back).isEqualTo(registration);
    }

    @Test
    void registrationLayoutDecidesTheReportedVersion() {
        // 2011: 25-byte fixed part (model is 8 bytes)
        String body2011 = "002c012f" + "3730313131" + "4d4f44454c303031" + "31323334353637" + "02" + "bea9423132333435";
        Jt808Message message = decode(frame2013("0100", body2011));
        TerminalRegistration registration = (TerminalRegistration) message.body();
        assertThat(registration.layout()).isEqualTo(ProtocolVersion.V2011);
        assertThat(message.version()).isEqualTo(ProtocolVersion.V2011);
        assertThat(registration.model()).isEqualTo("MODEL001");
        assertThat(registration.plate()).isEqualTo("京B12345");
        assertThat(encode(message)).isEqualTo(frame2013("0100", body2011));
    }

    @Test
    void registrationResponseHasAnAuthCodeOnlyOnSuccess() {
        assertThat(roundTrip(ProtocolVersion.V2013, new RegistrationResponse(5, 0, "AUTH-鉴权")))
                .isEqualTo(new RegistrationResponse(5, 0, "AUTH-鉴权"));
        assertThat(roundTrip(ProtocolVersion.V2019, new RegistrationResponse(5, 3, null)))
                .isEqualTo(new RegistrationResponse(5, 3, null));
    }

    @Test
    void authentication2013IsTheWholeBody() {
        assertThat(roundTrip(ProtocolVersion.V2013, new Authentication("abc@123", null, null)))
                .isEqualTo(new Authentication("abc@123", null, null));
    }

    @Test
    void authentication2019HasImeiAndSoftwareVersion() {
        Authentication auth = new Authentication("code", "861234567890123", "V3.7.15");
        assertThat(roundTrip(ProtocolVersion.V2019, auth)).isEqualTo(auth);
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolVersion.class, names = {"V2013", "V2019"})
    void terminalAttributes(ProtocolVersion version) {
        TerminalAttributes attributes = new TerminalAttributes(0x0011, "FLEET", "MODEL-X", "T1", "89860012345678901234",
                "HW1.0", "FW2.3", 0x03, 0x01);
        assertThat(roundTrip(version, attributes)).isEqualTo(attributes);
    }

    @Test
    void terminalControl() {
        TerminalControl reset = new TerminalControl(TerminalControl.RESET, "");
        assertThat(roundTrip(ProtocolVersion.V2013, reset)).isEqualTo(reset);
        TerminalControl connect = new TerminalControl(2, "0;AUTH;APN;user;pass;host;9000;9001;5");
        assertThat(roundTrip(ProtocolVersion.V2019, connect)).isEqualTo(connect);
        // traccar Jt808ProtocolEncoderTest line 21: engine stop as a vendor command 0xf0
        assertThat(encode(Jt808Message.of(ProtocolVersion.V2013, "0b3a73ce2ff2", 0, new TerminalControl(0xf0, ""))))
                .isEqualTo("7e810500010b3a73ce2ff20000f0247e");
    }
}

package io.fleet.gateway.codec.message.parameter;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.terminal.EmptyBody;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.fleet.gateway.codec.CodecAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

class ParameterCodecsTest {

    private static final List<TerminalParameter> PARAMETERS = List.of(
            TerminalParameter.ofDword(TerminalParameter.HEARTBEAT_INTERVAL, 60),
            TerminalParameter.ofString(TerminalParameter.MAIN_SERVER_ADDRESS, "gw.fleet.example"),
            TerminalParameter.ofString(TerminalParameter.PLATE_NUMBER, "京A12345"),
            new TerminalParameter(0x0084, new byte[] {1}));

    @Test
    void setParameters() {
        SetTerminalParameters back = roundTrip(ProtocolVersion.V2013, new SetTerminalParameters(PARAMETERS));
        assertThat(back.parameters()).hasSize(4);
        assertThat(back.parameters().get(0).asLong()).isEqualTo(60);
        assertThat(back.parameters().get(0).typedValue()).isEqualTo(60L);
        assertThat(back.parameters().get(1).typedValue()).isEqualTo("gw.fleet.example");
        assertThat(back.parameters().get(2).asString()).isEqualTo("京A12345");
        assertThat(back.parameters().get(3).typedValue()).isEqualTo(1L);
    }

    @Test
    void queryAllAndAnswer() {
        assertThat(roundTrip(ProtocolVersion.V2019, new EmptyBody(0x8104))).isEqualTo(new EmptyBody(0x8104));
        QueryParametersResponse response = roundTrip(ProtocolVersion.V2019, new QueryParametersResponse(17, PARAMETERS));
        assertThat(response.responseSerial()).isEqualTo(17);
        assertThat(response.parameters()).extracting(TerminalParameter::id)
                .containsExactly(0x0001L, 0x0013L, 0x0083L, 0x0084L);
    }

    @Test
    void oddLengthsAreHex() {
        assertThat(new TerminalParameter(0x0110, new byte[] {1, 2, 3}).typedValue()).isEqualTo("010203");
    }
}

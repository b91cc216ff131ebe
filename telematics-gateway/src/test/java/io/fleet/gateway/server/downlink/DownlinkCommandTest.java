package io.fleet.gateway.server.downlink;

import io.fleet.gateway.server.redis.RedisLink;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DownlinkCommandTest {

    private static Map<String, byte[]> fields(String... pairs) {
        Map<String, byte[]> fields = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], RedisLink.bytes(pairs[i + 1]));
        }
        return fields;
    }

    @Test
    void parsesTheContractFields() {
        Map<String, byte[]> fields = fields("commandId", "c-1", "phone", "013912345678", "msgId", "8300",
                "timeoutMs", "1500");
        fields.put("body", new byte[] {4, 'h', 'i'});
        DownlinkCommand command = DownlinkCommand.parse("1700000000123-0", fields);
        assertThat(command.commandId()).isEqualTo("c-1");
        assertThat(command.phone()).isEqualTo("13912345678");
        assertThat(command.messageId()).isEqualTo(0x8300);
        assertThat(command.body()).containsExactly(4, 'h', 'i');
        assertThat(command.timeoutMs()).isEqualTo(1500);
        assertThat(command.queuedAtMillis()).isEqualTo(1700000000123L);
    }

    @Test
    void defaultsAndTolerances() {
        DownlinkCommand command = DownlinkCommand.parse("1-0", fields("commandId", "c", "phone", "1",
                "msgId", "0x8104"));
        assertThat(command.messageId()).isEqualTo(0x8104);
        assertThat(command.body()).isEmpty();
        assertThat(command.timeoutMs()).isEqualTo(DownlinkCommand.DEFAULT_TIMEOUT_MS);
    }

    @Test
    void namesWhatIsWrong() {
        assertThatThrownBy(() -> DownlinkCommand.parse("1-0", fields("phone", "1", "msgId", "8104")))
                .hasMessageContaining("commandId");
        assertThatThrownBy(() -> DownlinkCommand.parse("1-0", fields("commandId", "c", "phone", "1",
                "msgId", "zz"))).hasMessageContaining("msgId");
        assertThatThrownBy(() -> DownlinkCommand.parse("1-0", fields("commandId", "c", "phone", "1",
                "msgId", "8104", "timeoutMs", "-5"))).hasMessageContaining("timeoutMs");
        assertThatThrownBy(() -> DownlinkCommand.parse("1-0", null)).isInstanceOf(IllegalArgumentException.class);
    }
}

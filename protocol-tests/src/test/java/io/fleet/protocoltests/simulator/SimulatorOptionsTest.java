package io.fleet.protocoltests.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void parsesTheIssueCommandLine() {
        var o = SimulatorOptions.parse(new String[] {"--vehicles", "200", "--interval", "1", "--duration", "10m",
                "--host", "10.0.0.5", "--port", "7000"});
        assertThat(o.vehicles()).isEqualTo(200);
        assertThat(o.interval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(o.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(o.host()).isEqualTo("10.0.0.5");
        assertThat(o.port()).isEqualTo(7000);
    }

    @Test
    void phonesFollowTheDemoRegistryInBothHeaderForms() {
        var o = SimulatorOptions.parse(new String[0]);
        assertThat(o.phoneOf(0, false)).isEqualTo("013800000001");
        assertThat(o.phoneOf(29, true)).isEqualTo("00000000013800000030");
        assertThat(o.speaks2019(0)).isFalse();
        assertThat(o.speaks2019(1)).isTrue();
    }

    @Test
    void durationsTakeUnits() {
        assertThat(SimulatorOptions.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SimulatorOptions.duration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(SimulatorOptions.duration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(SimulatorOptions.duration("0")).isEqualTo(Duration.ZERO);
    }

    @Test
    void refusesUnknownOptionsAndBadValues() {
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--cars", "3"})).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--vehicles", "0"})).hasMessageContaining("positive");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--version", "2015"})).hasMessageContaining("one of");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--interval"})).hasMessageContaining("needs a value");
    }
}

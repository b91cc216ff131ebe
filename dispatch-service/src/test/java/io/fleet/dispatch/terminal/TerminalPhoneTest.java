package io.fleet.dispatch.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TerminalPhoneTest {

    @Test
    void the2013And2019HeaderFormsAreOneTerminal() {
        assertThat(TerminalPhone.normalise("013912345678")).isEqualTo("13912345678");
        assertThat(TerminalPhone.normalise("00000000013912345678")).isEqualTo("13912345678");
        assertThat(TerminalPhone.normalise(" 13912345678 ")).isEqualTo("13912345678");
    }

    @Test
    void refusesNonDigitsTooLongAndAllZeros() {
        assertThatThrownBy(() -> TerminalPhone.normalise("139-1234")).hasMessageContaining("digits only");
        assertThatThrownBy(() -> TerminalPhone.normalise("1".repeat(21))).hasMessageContaining("20 digits");
        assertThatThrownBy(() -> TerminalPhone.normalise("0000")).hasMessageContaining("zero");
    }
}

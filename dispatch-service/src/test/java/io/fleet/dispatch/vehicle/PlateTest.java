package io.fleet.dispatch.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlateTest {

    @ParameterizedTest
    @CsvSource({
            "浙A·D9876, 浙AD9876",
            "浙a d9876, 浙AD9876",
            "鄂A-12345, 鄂A12345",
            "浙AD98765, 浙AD98765",
            "浙A1234警, 浙A1234警"})
    void keysIgnoreSeparatorsAndCase(String written, String key) {
        Plate plate = Plate.parse(written);
        assertThat(plate.key()).isEqualTo(key);
        assertThat(plate.written()).isEqualTo(written.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AD9876", "浙I12345", "浙A123", "浙A1234567", "X浙A12345", "浙AO1234"})
    void refusesWhatIsNotAPlate(String written) {
        assertThatThrownBy(() -> Plate.parse(written)).isInstanceOf(IllegalArgumentException.class);
    }
}

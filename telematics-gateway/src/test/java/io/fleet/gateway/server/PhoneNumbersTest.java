package io.fleet.gateway.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "013912345678, 13912345678",
            "00000000013912345678, 13912345678",
            "13912345678, 13912345678",
            "100000000000, 100000000000",
            "000000000000, 0",
            "000000000007, 7"})
    void stripsTheZeroPaddingOfBothEditions(String header, String normalised) {
        assertThat(PhoneNumbers.normalise(header)).isEqualTo(normalised);
    }
}

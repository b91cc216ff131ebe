package io.fleet.dispatch.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleet.dispatch.common.ProblemException;
import org.junit.jupiter.api.Test;

class PlatePatternTest {

    private static String like(String text) {
        return PlatePattern.parse("plate", text).like();
    }

    @Test
    void aWholePlateMatchesItselfOnly() {
        assertThat(like("浙A·D9876")).isEqualTo("浙AD9876");
        assertThat(like("浙a d98765")).isEqualTo("浙AD98765");
    }

    @Test
    void unknownCharactersAreOneCharacterEachAndAnchorTheEnd() {
        assertThat(like("浙A·D98??")).isEqualTo("浙AD98__");
        assertThat(like("浙A·D98？？")).isEqualTo("浙AD98__");
        assertThat(like("D98??")).isEqualTo("%D98__");
    }

    @Test
    void aPartMaySitAnywhereAndAStarIsAnyRun() {
        assertThat(like("D987")).isEqualTo("%D987%");
        assertThat(like("浙AD98")).isEqualTo("浙AD98%");
        assertThat(like("浙A*76")).isEqualTo("浙A%76%");
        assertThat(like("浙A**76?")).isEqualTo("浙A%76_");
    }

    @Test
    void lettersSaidForDigitsAreReadAsDigits() {
        assertThat(like("浙A·DO9I6")).isEqualTo("浙AD0916");
    }

    @Test
    void tooLittleOrNoPlateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> PlatePattern.parse("plate", "D9?")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("three characters");
        assertThatThrownBy(() -> PlatePattern.parse("plate", "")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PlatePattern.parse("plate", "D9%87")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).violations().get(0).field()).isEqualTo("plate"));
        assertThatThrownBy(() -> PlatePattern.parse("plate", "D98_7")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PlatePattern.parse("plate", "浙AD987654321")).isInstanceOf(ProblemException.class);
    }
}

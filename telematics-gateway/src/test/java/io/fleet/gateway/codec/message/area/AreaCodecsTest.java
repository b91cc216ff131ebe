package io.fleet.gateway.codec.message.area;

import io.fleet.gateway.codec.header.ProtocolVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.fleet.gateway.codec.CodecAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

class AreaCodecsTest {

    private static AreaRules rules(ProtocolVersion version, int attributes) {
        boolean v2019 = version.is2019();
        boolean timed = (attributes & AreaRules.TIME_WINDOW) != 0;
        boolean limited = (attributes & AreaRules.SPEED_LIMIT) != 0;
        return new AreaRules(attributes, timed ? "000000073000" : null, timed ? "000000183000" : null,
                limited ? 60 : null, limited ? 10 : null, v2019 && limited ? 40 : null, v2019 ? "市政府大院" : null);
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolVersion.class, names = {"V2013", "V2019"})
    void circles(ProtocolVersion version) {
        SetCircleAreas set = new SetCircleAreas(1, List.of(
                new CircleArea(1, 39_904_987L, 116_405_289L, 500, rules(version, 0)),
                new CircleArea(2, 39_904_987L, 116_405_289L, 800, rules(version, 3))));
        assertThat(roundTrip(version, set)).isEqualTo(set);
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolVersion.class, names = {"V2013", "V2019"})
    void rectangles(ProtocolVersion version) {
        SetRectangleAreas set = new SetRectangleAreas(0, List.of(
                new RectangleArea(7, 40_000_000L, 116_000_000L, 39_000_000L, 117_000_000L, rules(version, 2)),
                new RectangleArea(8, 40_000_000L, 116_000_000L, 39_000_000L, 117_000_000L, rules(version, 1))));
        assertThat(roundTrip(version, set)).isEqualTo(set);
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolVersion.class, names = {"V2013", "V2019"})
    void polygon(ProtocolVersion version) {
        PolygonArea polygon = new PolygonArea(9, rules(version, 3), List.of(
                new PolygonArea.Vertex(39_900_000L, 116_300_000L), new PolygonArea.Vertex(39_910_000L, 116_300_000L),
                new PolygonArea.Vertex(39_910_000L, 116_310_000L)));
        assertThat(roundTrip(version, polygon)).isEqualTo(polygon);
    }

    @Test
    void deletes() {
        for (int id : new int[] {0x8601, 0x8603, 0x8605}) {
            DeleteAreas delete = new DeleteAreas(id, List.of(1L, 2L, 0xffffffffL));
            assertThat(roundTrip(ProtocolVersion.V2013, delete)).isEqualTo(delete);
            assertThat(roundTrip(ProtocolVersion.V2019, new DeleteAreas(id, List.of()))).isEqualTo(new DeleteAreas(id, List.of()));
        }
    }
}

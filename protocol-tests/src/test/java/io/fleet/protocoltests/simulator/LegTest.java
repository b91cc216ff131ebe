package io.fleet.protocoltests.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LegTest {

    /** 0.01° of latitude is about 1,112 m anywhere; the second segment runs east. */
    private final Leg leg = Leg.through(new double[] {42.50, 1.52}, new double[] {42.51, 1.52}, new double[] {42.51, 1.53});

    @Test
    void measuresAlongTheRoad() {
        assertThat(leg.lengthM()).isCloseTo(1112 + 820, within(10.0));
    }

    @Test
    void interpolatesPositionAndHeading() {
        double[] north = leg.at(556);
        assertThat(north[0]).isCloseTo(42.505, within(1e-4));
        assertThat(north[2]).isCloseTo(0, within(0.5));
        double[] east = leg.at(1112 + 410);
        assertThat(east[1]).isCloseTo(1.525, within(1e-4));
        assertThat(east[2]).isCloseTo(90, within(0.5));
    }

    @Test
    void clampsToItsEnds() {
        assertThat(leg.at(-5)[0]).isEqualTo(42.50);
        assertThat(leg.at(1e9)).startsWith(42.51, 1.53);
    }
}

package io.fleet.dispatch.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RenewalCriteriaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static RenewalCriteria car(LocalDate registeredOn, Double km) {
        return new RenewalCriteria(registeredOn, TODAY, km, 8, 250_000);
    }

    @Test
    void eightYearsToTheDayIsOldEnough() {
        assertThat(car(LocalDate.of(2018, 11, 23), null).met()).isTrue();
        RenewalCriteria dayShort = car(LocalDate.of(2018, 11, 24), null);
        assertThat(dayShort.oldEnough()).isFalse();
        assertThat(dayShort.met()).isFalse();
        assertThat(dayShort.age()).isEqualTo("7 years 11 months");
    }

    @Test
    void aYoungCarDrivenFarEnoughMayBeRenewed() {
        RenewalCriteria c = car(LocalDate.of(2023, 5, 1), 250_000.0);
        assertThat(c.oldEnough()).isFalse();
        assertThat(c.farEnough()).isTrue();
        assertThat(c.met()).isTrue();
        assertThat(car(LocalDate.of(2023, 5, 1), 249_999.9).met()).isFalse();
    }

    @Test
    void withoutAReadingOnlyTheAgeCounts() {
        RenewalCriteria c = car(LocalDate.of(2020, 1, 1), null);
        assertThat(c.farEnough()).isFalse();
        assertThat(c.shortfall()).contains("6 years 10 months").contains("no recorded odometer reading")
                .contains("8 years needed").contains("250000 km needed");
        assertThat(c.asDetails()).containsEntry("oldEnough", false).containsEntry("odometerKm", null)
                .containsEntry("registeredOn", "2020-01-01");
    }

    @Test
    void theThresholdsAreTheConfiguredOnes() {
        RenewalCriteria strict = new RenewalCriteria(LocalDate.of(2016, 1, 1), TODAY, 300_000.0, 12, 400_000);
        assertThat(strict.met()).isFalse();
        RenewalCriteria lax = new RenewalCriteria(LocalDate.of(2021, 1, 1), TODAY, null, 5, 400_000);
        assertThat(lax.met()).isTrue();
    }
}

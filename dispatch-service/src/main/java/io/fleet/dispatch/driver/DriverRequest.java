package io.fleet.dispatch.driver;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Register a driver, or change one (then {@code version} is required). */
public record DriverRequest(
        @NotNull Long orgId,
        @NotBlank @Size(max = 64) String name,
        @NotBlank @Pattern(regexp = "1[3-9][0-9]{9}", message = "a mainland mobile number, 11 digits") String phone,
        @NotNull LicenceClass licenceClass,
        @Min(60) @Max(960) Integer dailyLimitMinutes,
        DriverStatus status,
        @PositiveOrZero Integer version) {
}

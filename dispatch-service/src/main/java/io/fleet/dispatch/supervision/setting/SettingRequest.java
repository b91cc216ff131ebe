package io.fleet.dispatch.supervision.setting;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An organisation's own setting of a rule or of its working hours; version required when it has one already. */
public record SettingRequest(@NotNull Boolean enabled, Map<String, Object> params,
                             @Size(max = 64) String actor, @PositiveOrZero Integer version) {
}

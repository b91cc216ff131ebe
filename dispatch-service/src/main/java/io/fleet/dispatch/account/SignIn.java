package io.fleet.dispatch.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sign-in attempt from a phone; {@code deviceId} is the phone's own random id, kept by the app. */
public record SignIn(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 128) String password,
        @NotBlank @Size(min = 8, max = 128) String deviceId) {
}

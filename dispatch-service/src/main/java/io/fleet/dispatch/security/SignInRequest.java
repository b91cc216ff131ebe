package io.fleet.dispatch.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A console sign-in. */
public record SignInRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
}

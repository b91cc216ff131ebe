package io.fleet.dispatch.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account as an administrator creates it. A driver account names its driver; the others their organisation. */
public record NewAccount(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only")
        String username,
        @NotBlank @Size(max = 64) String displayName,
        @NotNull AccountRole role,
        Long orgId,
        Long driverId,
        @NotNull @Size(min = 10, max = 128, message = "10 to 128 characters") String password) {
}

package io.fleet.dispatch.account;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An account as an administrator creates it. A driver account names its driver; the others their organisation.
 * {@code roles} are further roles besides the primary {@code role} (a console account may have several).
 */
public record NewAccount(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only")
        String username,
        @NotBlank @Size(max = 64) String displayName,
        @NotNull AccountRole role,
        Long orgId,
        Long driverId,
        @NotNull @Size(min = 10, max = 128, message = "10 to 128 characters") String password,
        @Size(max = 7) List<@NotNull AccountRole> roles) {

    public NewAccount(String username, String displayName, AccountRole role, Long orgId, Long driverId, String password) {
        this(username, displayName, role, orgId, driverId, password, null);
    }
}

package io.fleet.dispatch.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person sends to create an organisation. */
public record NewOrganisation(
        Long parentId,
        @NotBlank @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z-]{1,31}", message = "2 to 32 letters, digits or '-'") String code,
        @NotBlank @Size(max = 128) String name,
        @NotNull OrganisationKind kind) {
}

package id.netralitas.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An agency as created or replaced by an admin. The code is given on creation and never changes. */
public record AgencyRequest(
        @Size(max = 40) @Pattern(regexp = AgencyResource.CODE_PATTERN) String code,
        @NotBlank @Size(max = 255) String name,
        @NotNull AgencyType type,
        @Size(max = 13) String regionCode,
        @NotBlank @Size(max = 255) String ppkTitle) {
}

package id.netralitas.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency as created or replaced by an admin. The code is given on creation and never changes. */
@Schema(name = "AgencyRequest")
public record AgencyRequest(
        @Schema(description = "Stable identifier, upper case; required on creation, ignored on update "
                + "(it must then equal the path's code if given)", maxLength = 40, pattern = AgencyResource.CODE_PATTERN,
                example = "KOTA-74.71")
        @Size(max = 40) @Pattern(regexp = AgencyResource.CODE_PATTERN) String code,
        @Schema(required = true, maxLength = 255, example = "Pemerintah Kota Kendari")
        @NotBlank @Size(max = 255) String name,
        @NotNull AgencyType type,
        @Schema(description = "Region of a provincial (PROVINSI level) or kabupaten/kota agency (KABUPATEN or "
                + "KOTA level); optional for central agencies", maxLength = 13, example = "74.71")
        @Size(max = 13) String regionCode,
        @Schema(required = true, description = "Title of the agency's PPK", maxLength = 255, example = "Wali Kota Kendari")
        @NotBlank @Size(max = 255) String ppkTitle) {
}

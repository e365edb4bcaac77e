package id.netralitas.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a unit of an agency is read and written as. */
public final class AgencyUnitDtos {

    /** A unit code: upper-case letters, digits, dots and hyphens. */
    static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9.-]{0,39}$";

    private AgencyUnitDtos() {
    }

    /**
     * A unit as created or replaced. The code is given on creation and never changes; {@code parentCode}
     * names a unit of the same agency (none: directly under the agency).
     */
    public record UnitRequest(
            @Size(max = 40) @Pattern(regexp = CODE_PATTERN) String code,
            @NotBlank @Size(max = 255) String name,
            @NotNull UnitKind kind,
            @Size(max = 40) @Pattern(regexp = CODE_PATTERN) String parentCode,
            @Size(max = 13) String regionCode) {
    }

    /** A unit in its agency's tree: its parent and its depth (0 directly under the agency). */
    public record UnitResponse(
            String agencyCode,
            String code,
            String name,
            UnitKind kind,
            String parentCode,
            int depth,
            String regionCode) {

        static UnitResponse of(AgencyUnit unit) {
            return new UnitResponse(unit.agency.code, unit.code, unit.name, unit.kind, unit.parentCode(), unit.depth,
                    unit.regionCode);
        }
    }
}

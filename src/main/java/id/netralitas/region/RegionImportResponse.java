package id.netralitas.region;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionImportResult", description = "Outcome of a region import")
public record RegionImportResponse(
        @Schema(format = "int64", minimum = "0", maximum = "100000000", example = "7285") long rowsRead,
        @Schema(format = "int64", minimum = "0", maximum = "100000000", example = "7285") long inserted,
        @Schema(format = "int64", minimum = "0", maximum = "100000000", example = "0") long updated,
        @Schema(format = "int64", minimum = "0", maximum = "100000000", example = "0") long unchanged,
        @Schema(format = "int64", minimum = "0", maximum = "100000000", example = "0") long rejected,
        @Schema(description = "Rejected rows, at most the first 1000", maxItems = 1000) List<RowError> errors) {

    @Schema(name = "ImportRowError", description = "A rejected row of an imported file")
    public record RowError(
            @Schema(description = "Line in the file (the header is line 1)", format = "int64", minimum = "1",
                    maximum = "100000000", example = "42") long line,
            @Schema(description = "Column at fault", maxLength = 100, example = "parent_code") String field,
            @Schema(description = "Stable code of the problem", maxLength = 100, pattern = "^[A-Z0-9_]+$",
                    example = "REGION_UNKNOWN") String code,
            @Schema(description = "Localised message", maxLength = 2000,
                    example = "No region has the code 74.99.") String message) {
    }

    static RegionImportResponse of(RegionImportService.Result result, Locale locale) {
        return new RegionImportResponse(result.rowsRead(), result.inserted(), result.updated(), result.unchanged(),
                result.rejected(), result.errors().stream()
                .map(e -> new RowError(e.line(), e.violation().field(), e.violation().code(),
                        e.violation().localizedMessage(locale)))
                .toList());
    }
}

package id.netralitas.region;

import java.util.List;
import java.util.Locale;

public record RegionImportResponse(
        long rowsRead,
        long inserted,
        long updated,
        long unchanged,
        long rejected,
        List<RowError> errors) {

    public record RowError(
            long line,
            String field,
            String code,
            String message) {
    }

    static RegionImportResponse of(RegionImportService.Result result, Locale locale) {
        return new RegionImportResponse(result.rowsRead(), result.inserted(), result.updated(), result.unchanged(),
                result.rejected(), result.errors().stream()
                .map(e -> new RowError(e.line(), e.violation().field(), e.violation().code(),
                        e.violation().localizedMessage(locale)))
                .toList());
    }
}

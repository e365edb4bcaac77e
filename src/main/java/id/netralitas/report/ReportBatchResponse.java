package id.netralitas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportBatchResult", description = "One item per submitted report, in the order sent")
public record ReportBatchResponse(
        @Schema(format = "int32", minimum = "0", maximum = "500") int created,
        @Schema(format = "int32", minimum = "0", maximum = "500") int existing,
        @Schema(format = "int32", minimum = "0", maximum = "500") int rejected,
        @Schema(maxItems = 500) List<Item> items) {

    /** What became of an item: CREATED, EXISTING (same source and external id) or REJECTED. */
    public enum Outcome { CREATED, EXISTING, REJECTED }

    @Schema(name = "ReportBatchItemResult", description = "`id` and `caseNumber` for CREATED and EXISTING; `code` and "
            + "`errors` for REJECTED")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(description = "Position in the request (0-based)", format = "int32", minimum = "0", maximum = "499")
            int index,
            Outcome outcome,
            @Schema(format = "uuid", maxLength = 36) String id,
            @Schema(maxLength = 20) String caseNumber,
            @Schema(maxLength = 100, pattern = "^[A-Z0-9_]+$") String code,
            @Schema(maxItems = 100) List<FieldError> errors) {

        static Item accepted(int index, boolean created, String id, String caseNumber) {
            return new Item(index, created ? Outcome.CREATED : Outcome.EXISTING, id, caseNumber, null, null);
        }

        static Item rejected(int index, String code, List<FieldError> errors) {
            return new Item(index, Outcome.REJECTED, null, null, code, errors);
        }
    }

    @Schema(name = "ReportBatchFieldError")
    public record FieldError(
            @Schema(maxLength = 500) String field,
            @Schema(maxLength = 100, pattern = "^[A-Z0-9_]+$") String code,
            @Schema(maxLength = 2000) String message) {
    }

    static ReportBatchResponse of(List<Item> items) {
        int created = (int) items.stream().filter(i -> i.outcome() == Outcome.CREATED).count();
        int existing = (int) items.stream().filter(i -> i.outcome() == Outcome.EXISTING).count();
        return new ReportBatchResponse(created, existing, items.size() - created - existing, items);
    }
}

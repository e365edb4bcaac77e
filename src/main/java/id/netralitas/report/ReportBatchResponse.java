package id.netralitas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

public record ReportBatchResponse(
        int created,
        int existing,
        int rejected,
        List<Item> items) {

    /** What became of an item: CREATED, EXISTING (same source and external id) or REJECTED. */
    public enum Outcome { CREATED, EXISTING, REJECTED }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            int index,
            Outcome outcome,
            String id,
            String caseNumber,
            ReportStatus status,
            String code,
            List<FieldError> errors) {

        static Item accepted(int index, boolean created, Report report) {
            return new Item(index, created ? Outcome.CREATED : Outcome.EXISTING, report.publicId, report.caseNumber,
                    report.status, null, null);
        }

        static Item rejected(int index, String code, List<FieldError> errors) {
            return new Item(index, Outcome.REJECTED, null, null, null, code, errors);
        }
    }

    public record FieldError(
            String field,
            String code,
            String message) {
    }

    static ReportBatchResponse of(List<Item> items) {
        int created = (int) items.stream().filter(i -> i.outcome() == Outcome.CREATED).count();
        int existing = (int) items.stream().filter(i -> i.outcome() == Outcome.EXISTING).count();
        return new ReportBatchResponse(created, existing, items.size() - created - existing, items);
    }
}

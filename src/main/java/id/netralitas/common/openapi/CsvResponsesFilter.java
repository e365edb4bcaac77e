package id.netralitas.common.openapi;

import id.netralitas.common.csv.CsvExport;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the {@code text/csv} answer of every operation marked with the extension
 * {@link CsvExport#OPENAPI_EXTENSION} (whose value is the CSV header line): the 200 response gets a
 * {@code text/csv} content beside the JSON one, with the header as its example, and the operation's
 * description says how exports differ from pages. The marker itself is removed from the document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CsvResponsesFilter implements OASFilter {

    static final String NOTE = "\n\n**CSV export**: with `Accept: text/csv` the same filters, sort and scope give "
            + "every matching row (no paging: `page` and `size` are ignored), streamed as UTF-8 CSV with a header row, "
            + "RFC 4180 quoting and CRLF line ends; a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return "
            + "is prefixed with `'` so that spreadsheets do not run it as a formula. Personal data is masked as in the "
            + "JSON view for the same caller. Columns: ";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation op = entry.getValue();
                // The scanner puts a method's @Extension on the operation or, beside @APIResponse
                // annotations, on its responses object: take it from either and remove it from both.
                Object header = op.getExtensions() == null ? null : op.getExtensions().get(CsvExport.OPENAPI_EXTENSION);
                if (header == null && op.getResponses() != null && op.getResponses().getExtensions() != null) {
                    header = op.getResponses().getExtensions().get(CsvExport.OPENAPI_EXTENSION);
                }
                if (header == null) {
                    continue;
                }
                op.removeExtension(CsvExport.OPENAPI_EXTENSION);
                if (op.getResponses().getExtensions() != null) {
                    op.getResponses().removeExtension(CsvExport.OPENAPI_EXTENSION);
                }
                String columns = header.toString();
                op.setDescription((op.getDescription() == null ? "" : op.getDescription()) + NOTE + "`"
                        + columns.replace(",", "`, `") + "`.");
                op.getResponses().getAPIResponses().values().forEach(response -> {
                    if (response.getExtensions() != null) {
                        response.removeExtension(CsvExport.OPENAPI_EXTENSION);
                    }
                });
                APIResponse ok = op.getResponses().getAPIResponse("200");
                if (ok.getContent() == null) {
                    ok.setContent(OASFactory.createContent());
                }
                ok.getContent().addMediaType(CsvExport.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                .maxLength(Integer.MAX_VALUE)
                                .description("CSV, UTF-8, header row first (Content-Disposition: attachment)"))
                        .example(columns + "\r\n"));
            }
        }
    }
}
